package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDirectoryIsBuiltListedAndEditedFromTheCommandLine() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        SeedLedger.create(ledger).close();
        String db = ledger.toString();
        CliRun build = CliRun.of("directory", "build", "--db", db);
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.out()).contains("已加入 养老服务处");

        assertThat(CliRun.of("directory", "set", "养老服务处", "--db", db, "--alias", "养老处", "--contact", "王五",
                "--email", "ylc@example.org").code()).isZero();
        CliRun bad = CliRun.of("directory", "set", "养老服务处", "--db", db, "--email", "not-an-address");
        assertThat(bad.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(CliRun.of("directory", "set", "没有这个部门", "--db", db).code()).isEqualTo(LedgerCli.REJECTED);

        CliRun list = CliRun.of("directory", "list", "--db", db, "--json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode elderly = null;
        for (JsonNode d : new ObjectMapper().readTree(list.out()).get("departments")) {
            if (d.get("name").asText().equals("养老服务处")) {
                elderly = d;
            }
        }
        assertThat(elderly).isNotNull();
        assertThat(elderly.get("aliases").get(0).asText()).isEqualTo("养老处");
        assertThat(elderly.get("contact").asText()).isEqualTo("王五");
        assertThat(elderly.get("email").asText()).isEqualTo("ylc@example.org");
    }
}
