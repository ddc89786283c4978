package io.github.rectification.ledger.report.notice;

import java.util.Map;

/**
 * The parts of the notice the office writes itself, with placeholders filled from the ledger:
 * {单位} the inspected unit, {巡察组} the inspection group, {后续整改任务数} the measures not yet done,
 * {联系方式} the office's telephone, fax and e-mail ({@link NoticeContact#line()}).
 */
public final class NoticeTemplate {
    /** The first part: how the unit organised the rectification. */
    public static final String PART_ONE = """
            一、提高政治站位，全面组织落实巡察整改工作
            {单位}高度重视巡察反馈意见的整改落实，把整改作为当前首要政治任务，以坚决有力的整改措施和狠抓落实的工作作风，全力抓好整改。一是提高思想认识，增强政治自觉。召开巡察整改工作动员会，传达学习巡察工作有关精神，切实增强巡察整改的政治自觉。二是加强组织领导，压实整改责任。成立巡察整改工作领导小组，由主要负责人任组长，班子成员任副组长，各部门负责人为成员，领导小组办公室统筹抓好整改落实和跟踪督查。三是坚持问题导向，加强监督检查。各分管领导落实“一岗双责”，按照职责分工抓好分管领域整改，定期听取整改情况汇报，及时研究解决整改中的问题，确保在规定时限内整改到位。""";

    /** The closing part, which the office edits and keeps in the ledger. */
    public static final String DEFAULT_CLOSING = """
            三、保持政治定力，持续用力抓好后续整改
            巡察整改工作取得的成效是阶段性的，{单位}将继续按照巡察工作要求，采取更加有力的措施，健全完善工作机制，把整改任务融入日常工作之中，不断巩固整改成果。一是持续抓好整改。坚持目标任务不变、工作力度不减，对已完成的整改任务适时组织“回头看”，对需要长期坚持的整改任务紧盯不放、常抓不懈，对{后续整改任务数}项列入后续整改的任务精准发力，确保整改取得实实在在的效果。二是建立长效机制。对整改中已经建立的各项制度坚决抓好落实，对需要建立的制度抓紧制定完善，堵塞制度漏洞，防止问题反弹回潮。三是强化责任落实。坚持全面从严治党，认真落实主体责任，以优良作风推动各项工作高质量发展。
            欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。{联系方式}""";

    /** The contact line of the closing part as drafts before the contact setting wrote it; filled like {联系方式}. */
    static final String OLD_CONTACT = "联系电话:    ,电子邮箱:    。";

    private NoticeTemplate() {
    }

    /** The template with its placeholders filled. */
    public static String fill(String template, Map<String, String> values) {
        String out = template.replace(OLD_CONTACT, "{联系方式}");
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
