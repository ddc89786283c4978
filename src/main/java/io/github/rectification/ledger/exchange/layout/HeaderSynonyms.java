package io.github.rectification.ledger.exchange.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where header texts are mapped to fields: the words offices use for the same column
 * (存在问题 = 问题 = 反馈问题 = 巡察反馈问题, 责任部门 = 牵头部门 = 牵头单位 = 责任单位 = 责任处室, …).
 * Headers are compared without white space, line breaks and trailing notes in brackets.
 */
public final class HeaderSynonyms {
    private static final Map<String, Field> WORDS = new HashMap<>();

    static {
        put(Field.SEQ, "序号", "编号", "序", "No.", "No");
        put(Field.CATEGORY, "问题类别", "问题类型", "类别", "方面", "问题方面", "所属方面", "问题分类");
        put(Field.PROBLEM, "存在问题", "问题", "反馈问题", "巡察反馈问题", "巡视反馈问题", "问题清单", "问题表现",
                "具体问题", "问题描述", "主要问题", "反馈意见", "存在的问题", "问题内容");
        put(Field.MEASURE, "整改措施", "整改举措", "具体措施", "措施", "整改任务", "整改措施及要求", "具体整改措施",
                "整改内容", "整改要求");
        put(Field.LEADER, "责任领导", "分管领导", "牵头领导", "责任局领导", "领导");
        put(Field.DEPARTMENT, "责任部门", "牵头部门", "牵头单位", "责任单位", "责任处室", "牵头处室", "责任科室",
                "主责部门", "责任主体");
        put(Field.SUPPORTING, "配合部门", "配合单位", "协同部门", "配合处室", "协办部门");
        put(Field.PERSON, "责任人", "具体责任人", "经办人", "联系人");
        put(Field.DEADLINE, "整改时限", "完成时限", "整改期限", "时限", "时间要求", "整改时间",
                "完成期限");
        put(Field.PROGRESS, "整改进展情况", "进展情况", "整改落实情况", "整改进展", "整改情况", "落实情况",
                "工作进展", "推进情况");
        put(Field.STATUS, "完成情况", "整改状态", "是否完成", "状态", "完成状态", "整改完成情况");
        put(Field.REMARKS, "备注");
        put(Field.COMPLETED_ON, "完成时间", "完成日期", "实际完成时间");
        put(Field.CLOSE_OUT_REQUEST, "申请销号", "是否申请销号");
        put(Field.CLOSE_OUT_NOTE, "销号说明", "申请销号说明");
        put(Field.PROBLEM_UID, "#problem_uid");
        put(Field.MEASURE_UID, "#measure_uid");
        put(Field.PARENT_UID, "#parent_uid");
        put(Field.MEASURE_SEQ, "#measure_seq");
        put(Field.PROBLEM_DESCRIPTION, "#problem_description");
        put(Field.EVIDENCE_WRITTEN, "#evidence");
        put(Field.UID, "#uid");
        put(Field.PERSON_NAME, "姓名", "被问责人", "问责对象");
        put(Field.POSITION, "职务", "单位职务", "职务职级");
        put(Field.ACCOUNTABILITY_KIND, "问责方式", "问责类型", "处理方式", "问责形式");
        put(Field.RELATED_PROBLEM, "关联问题", "涉及问题", "对应问题");
        put(Field.DATE, "日期", "问责日期", "问责时间");
        put(Field.INSTITUTION_TITLE, "制度名称", "制度", "文件名称");
        put(Field.DOC_NO, "文号", "发文字号", "文件编号");
        put(Field.INSTITUTION_KIND, "类型", "制度类型", "新制定/修订完善", "类型(新制定/修订完善)");
        put(Field.ISSUED_ON, "印发日期", "印发时间", "发文日期");
    }

    private HeaderSynonyms() {
    }

    private static void put(Field field, String... words) {
        for (String w : words) {
            WORDS.put(normalize(w), field);
        }
    }

    /** The field a header text names, if any. */
    public static Optional<Field> field(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String n = normalize(header);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Field f = WORDS.get(n);
        if (f == null) {
            String bare = n.replaceAll("[(（\\[【].*?[)）\\]】]", "");
            f = WORDS.get(bare);
        }
        return Optional.ofNullable(f);
    }

    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '*' || ch == '＊'
                    || ch == ':' || ch == '：') {
                continue;
            }
            sb.append(ch == '（' ? '(' : ch == '）' ? ')' : Character.toLowerCase(ch));
        }
        return sb.toString();
    }
}
