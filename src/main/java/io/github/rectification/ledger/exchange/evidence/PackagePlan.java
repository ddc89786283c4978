package io.github.rectification.ledger.exchange.evidence;

import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an evidence package (整改材料汇编) holds, read from the ledger before anything is written:
 * each attachment at {@code <问题序号>/<措施序号>-<file name>}, under a folder per inspection when
 * the package holds more than one, names made plain and unique within their folder.
 */
public final class PackagePlan {
    private PackagePlan() {
    }

    /** The entries of the given inspections (every inspection when the list is empty), in ledger order. */
    public static List<PackageEntry> of(LedgerStore store, List<Long> inspections) {
        Map<String, List<Evidence>> byOwner = new HashMap<>();
        for (Evidence e : store.evidence().all()) {
            byOwner.computeIfAbsent(e.owner().kind().code() + ":" + e.owner().uid(), k -> new ArrayList<>()).add(e);
        }
        Map<Long, String> problemUids = store.history().uids(RecordKind.PROBLEM);
        Map<Long, String> measureUids = store.history().uids(RecordKind.MEASURE);
        List<Inspection> chosen = store.inspections().all().stream()
                .filter(i -> inspections.isEmpty() || inspections.contains(i.id())).toList();
        boolean folders = chosen.size() > 1;
        List<PackageEntry> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Set<String> inspectionFolders = new HashSet<>();
        for (Inspection i : chosen) {
            String root = folders ? unique(PlainNames.of(i.name(), "巡察" + i.id()), inspectionFolders) + "/" : "";
            int p = 0;
            for (Problem problem : store.inspections().problemsInOrder(i.id())) {
                p++;
                String problemSeq = problem.seq().isBlank() ? Integer.toString(p) : problem.seq();
                String folder = root + PlainNames.of(problemSeq, Integer.toString(p)) + "/";
                for (Evidence e : byOwner.getOrDefault("problem:" + problemUids.get(problem.id()), List.of())) {
                    out.add(new PackageEntry(unique(folder, PlainNames.of(e.name(), "file"), taken), i.name(),
                            problemSeq, problem.title(), "", "", e));
                }
                int m = 0;
                for (Measure measure : store.inspections().measures(problem.id())) {
                    m++;
                    String measureSeq = measure.seq().isBlank() ? Integer.toString(m) : measure.seq();
                    for (Evidence e : byOwner.getOrDefault("measure:" + measureUids.get(measure.id()), List.of())) {
                        String name = PlainNames.of(measureSeq, Integer.toString(m)) + "-" + PlainNames.of(e.name(), "file");
                        out.add(new PackageEntry(unique(folder, name, taken), i.name(), problemSeq, problem.title(),
                                measureSeq, measure.text(), e));
                    }
                }
            }
        }
        return out;
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        for (int k = 2; !taken.add(n); k++) {
            n = name + "(" + k + ")";
        }
        return n;
    }

    /** The path folder + name, or folder + name with (2), (3) … before its extension when taken. */
    private static String unique(String folder, String name, Set<String> taken) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String path = folder + name;
        for (int k = 2; !taken.add(path); k++) {
            path = folder + stem + "(" + k + ")" + ext;
        }
        return path;
    }
}
