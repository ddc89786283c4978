import io.github.rectification.ledger.cli.LedgerCli;
import io.github.rectification.ledger.desktop.LogFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutation fuzzing of {@code import}: each case mutates one sample workbook (bit flips,
 * truncation, shuffled zip entries, mutated XML) with its own seed, imports it into a copy of a
 * ledger (odd seeds: into a ledger file that does not exist yet) through the command line's entry
 * point, and reports any exit other than 0 or 3, a refusal that changed the ledger, left a backup
 * or left the new ledger's file, a stack trace or library line on standard
 * error, and an imported file that then fails to export. Run by scripts/fuzz-import.sh.
 */
public final class FuzzImport {
    private static final String[] XML_INSERTS = {
        "<c r=\"XFD1048576\"><v>1</v></c>", "<c r=\"ZZZZZZ6\" t=\"s\"><v>0</v></c>", "<c r=\"A1\" t=\"s\"><v>99999999</v></c>",
        "<row r=\"1048577\"/>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "_x0001__x001F_",
        "<c t=\"inlineStr\"><is><t>\u0000</t></is></c>", "<row r=\"-1\">", "</row>", "<c r=\"A\"/>", "<si><t>x</t></si>",
        "<mergeCell ref=\"A1:XFD1048576\"/>", "<sheet name=\"..\\..\\etc\\passwd\" sheetId=\"9\" r:id=\"rId3\"/>",
        "<c r=\"B7\" s=\"99999\"><v>44561</v></c>", "<c r=\"C7\" t=\"d\"><v>not-a-date</v></c>", "<v>1e309</v>",
    };

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(arg(args, "--samples", "../shared/samples"));
        double minutes = Double.parseDouble(arg(args, "--minutes", "2"));
        long seed = Long.parseLong(arg(args, "--seed", String.valueOf(System.currentTimeMillis() % 100_000)));
        long count = Long.parseLong(arg(args, "--count", String.valueOf(Long.MAX_VALUE)));
        Path work = Files.createTempDirectory("fuzz-import");
        LogFile.installForCommandLine(work.resolve("logs"));
        List<Path> inputs;
        try (Stream<Path> s = Files.list(samples)) {
            inputs = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted().toList();
        }
        Path ledger = work.resolve("base.zgtz");
        expect(run("import", samples.resolve("seed-ledger.xlsx").toString(), "--db", ledger.toString()), 0);
        String records = run("dump", "--db", ledger.toString(), "--json").out;
        long end = System.nanoTime() + (long) (minutes * 60e9);
        long cases = 0;
        int findings = 0;
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        System.out.println("fuzz-import: first seed " + seed + ", " + inputs.size() + " samples, work " + work);
        for (long s = seed; System.nanoTime() < end && cases < count; s++, cases++) {
            Random r = new Random(s);
            Path input = inputs.get(r.nextInt(inputs.size()));
            byte[] original = Files.readAllBytes(input);
            StringBuilder how = new StringBuilder(input.getFileName().toString());
            byte[] mutated = mutate(original, r, how);
            Path file = work.resolve("case" + (input.toString().endsWith(".xls") ? ".xls" : ".xlsx"));
            Files.write(file, mutated);
            // odd seeds import into a ledger file that does not exist yet (checked while written)
            boolean fresh = s % 2 != 0;
            Path folder = work.resolve("new");
            deleteTree(folder);
            Path db = fresh ? folder.resolve("case.zgtz") : work.resolve("case.zgtz");
            deleteTree(work.resolve("case.backups"));
            String before = null;
            if (!fresh) {
                Files.copy(ledger, db, StandardCopyOption.REPLACE_EXISTING);
                before = sha256(db);
            }
            Result res = run("import", file.toString(), "--db", db.toString());
            outcomes.merge((fresh ? "new ledger, exit " : "exit ") + res.code, 1, Integer::sum);
            List<String> problems = new ArrayList<>();
            if (res.code != 0 && res.code != 3) {
                problems.add("exit " + res.code);
            }
            // a refusal found in the ledger (a workbook imported before) opens it, which may rewrite the
            // file's header; its records must stay as they were
            if (res.code == 3 && !fresh && !sha256(db).equals(before)
                    && !run("dump", "--db", db.toString(), "--json").out.equals(records)) {
                problems.add("refused, but the ledger's records changed");
            }
            if (res.code == 3 && fresh && Files.exists(folder)) {
                problems.add("refused, but the new ledger's folder was left");
            }
            if (res.code == 3 && importBackup(work.resolve("case.backups"))) {
                problems.add("refused, but an import backup was made");
            }
            if (res.err.contains("\tat ") || res.err.contains("Exception") || res.err.contains("SLF4J")
                    || res.err.contains(" WARN ") || res.err.contains(" ERROR ")) {
                problems.add("stack trace or library output on stderr");
            }
            if (res.code == 0) {
                Result export = run("export", work.resolve("out.xlsx").toString(), "--db", db.toString());
                if (export.code != 0) {
                    problems.add("export after the import: exit " + export.code + " " + export.err.strip());
                }
            }
            if (!problems.isEmpty()) {
                findings++;
                Path keep = work.resolve("finding-" + s + file.getFileName().toString().replace("case", ""));
                Files.copy(file, keep, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("FINDING seed=" + s + " (" + how + "): " + String.join("; ", problems)
                        + "\n  file: " + keep + "\n  stderr: " + res.err.strip().replace("\n", "\n          "));
            }
        }
        System.out.println("fuzz-import: " + cases + " cases from seed " + seed + ", " + findings + " findings, " + outcomes);
        System.out.println("repeat one case: scripts/fuzz-import.sh --seed S --count 1");
        if (findings == 0) {
            deleteTree(work);
        }
        System.exit(findings == 0 ? 0 : 1);
    }

    private static byte[] mutate(byte[] in, Random r, StringBuilder how) throws IOException {
        boolean zip = in.length > 4 && in[0] == 'P' && in[1] == 'K';
        int kind = zip ? r.nextInt(5) : r.nextInt(2);
        switch (kind) {
            case 0 -> {
                byte[] out = in.clone();
                int flips = 1 + r.nextInt(16);
                for (int i = 0; i < flips; i++) {
                    int at = r.nextInt(out.length);
                    out[at] ^= (byte) (1 << r.nextInt(8));
                }
                how.append(", ").append(flips).append(" bit flips");
                return out;
            }
            case 1 -> {
                int len = r.nextInt(in.length);
                how.append(", cut to ").append(len).append(" bytes");
                return java.util.Arrays.copyOf(in, len);
            }
            case 2 -> {
                LinkedHashMap<String, byte[]> parts = parts(in);
                List<String> names = new ArrayList<>(parts.keySet());
                Collections.shuffle(names, r);
                how.append(", entries shuffled");
                LinkedHashMap<String, byte[]> out = new LinkedHashMap<>();
                names.forEach(n -> out.put(n, parts.get(n)));
                return zip(out);
            }
            default -> {
                LinkedHashMap<String, byte[]> parts = parts(in);
                List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
                int edits = 1 + r.nextInt(4);
                for (int i = 0; i < edits; i++) {
                    String name = xml.get(r.nextInt(xml.size()));
                    String text = new String(parts.get(name), StandardCharsets.UTF_8);
                    parts.put(name, mutateXml(text, r, how.append(", ").append(name).append(": ")).getBytes(StandardCharsets.UTF_8));
                }
                return zip(parts);
            }
        }
    }

    private static String mutateXml(String s, Random r, StringBuilder how) {
        if (s.isEmpty()) {
            return s;
        }
        int a = r.nextInt(s.length());
        int b = Math.min(s.length(), a + r.nextInt(200));
        switch (r.nextInt(5)) {
            case 0 -> {
                how.append("deleted ").append(a).append("..").append(b);
                return s.substring(0, a) + s.substring(b);
            }
            case 1 -> {
                how.append("duplicated ").append(a).append("..").append(b);
                return s.substring(0, b) + s.substring(a, b) + s.substring(b);
            }
            case 2 -> {
                String ins = XML_INSERTS[r.nextInt(XML_INSERTS.length)];
                int at = s.indexOf('<', a);
                at = at < 0 ? a : at;
                how.append("inserted ").append(ins).append(" at ").append(at);
                return s.substring(0, at) + ins + s.substring(at);
            }
            case 3 -> {
                StringBuilder sb = new StringBuilder(s);
                int n = 0;
                for (int i = a; i < b; i++) {
                    if (Character.isDigit(sb.charAt(i))) {
                        sb.setCharAt(i, (char) ('0' + r.nextInt(10)));
                        n++;
                    }
                }
                how.append("changed ").append(n).append(" digits in ").append(a).append("..").append(b);
                return sb.toString();
            }
            default -> {
                String big = "9".repeat(1 + r.nextInt(12));
                how.append("numbers replaced by ").append(big).append(" in ").append(a).append("..").append(b);
                return s.substring(0, a) + s.substring(a, b).replaceAll("\\d+", big) + s.substring(b);
            }
        }
    }

    private static LinkedHashMap<String, byte[]> parts(byte[] zip) throws IOException {
        LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bos)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    private record Result(int code, String out, String err) {
    }

    /** The command line's entry point in this JVM, standard error of the whole JVM captured too. */
    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream realErr = System.err;
        ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = LedgerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            err.write("uncaught " + trace);
            code = -1;
        } finally {
            System.setErr(realErr);
        }
        return new Result(code, out.toString(), err + jvmErr.toString(StandardCharsets.UTF_8));
    }

    private static void expect(Result r, int code) {
        if (r.code != code) {
            throw new IllegalStateException("set-up failed: exit " + r.code + " " + r.err);
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** True when {@code folder} holds the backup an import makes before it writes. */
    private static boolean importBackup(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().contains("-import"));
        }
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
