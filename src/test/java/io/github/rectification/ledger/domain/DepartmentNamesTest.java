package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepartmentNamesTest {
    @Test
    void namesWrittenAlikeAreTheSame() {
        assertThat(DepartmentNames.same("社会事务处(慈善处)", "社会事务处（慈善处）")).isTrue();
        assertThat(DepartmentNames.same("办公室 ", "办公室")).isTrue();
        assertThat(DepartmentNames.same("办公室", "局办公室")).isFalse();
        assertThat(DepartmentNames.same("", "")).isFalse();
    }

    @Test
    void aNameWithinAnotherOnlyLooksAlike() {
        assertThat(DepartmentNames.looksAlike("办公室", "局办公室")).isTrue();
        assertThat(DepartmentNames.looksAlike("养老服务处", "养老服务处 ")).isTrue();
        assertThat(DepartmentNames.looksAlike("办", "办公室")).as("one character is too little to tell").isFalse();
        assertThat(DepartmentNames.looksAlike("办公室", "办公室")).as("the very same name").isFalse();
        assertThat(DepartmentNames.looksAlike("机关党委", "养老服务处")).isFalse();
    }
}
