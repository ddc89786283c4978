package io.github.rectification.ledger.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The parts of an .xlsx package as bytes in their order, to be changed and written out again. */
public final class ZipParts {
    private final LinkedHashMap<String, byte[]> parts;

    private ZipParts(LinkedHashMap<String, byte[]> parts) {
        this.parts = parts;
    }

    public static ZipParts read(Path file) throws IOException {
        LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return new ZipParts(parts);
    }

    public static ZipParts read(byte[] zip) throws IOException {
        LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return new ZipParts(parts);
    }

    public List<String> names() {
        return new ArrayList<>(parts.keySet());
    }

    public String text(String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    public ZipParts with(String name, String text) {
        return with(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public ZipParts with(String name, byte[] bytes) {
        LinkedHashMap<String, byte[]> copy = new LinkedHashMap<>(parts);
        copy.put(name, bytes);
        return new ZipParts(copy);
    }

    /** The same parts in the order of {@code order} (names not listed keep their places after). */
    public ZipParts ordered(List<String> order) {
        LinkedHashMap<String, byte[]> copy = new LinkedHashMap<>();
        for (String n : order) {
            copy.put(n, parts.get(n));
        }
        copy.putAll(parts);
        return new ZipParts(copy);
    }

    public Path write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(os)) {
            write(out);
        }
        return file;
    }

    public byte[] bytes() throws IOException {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bos)) {
            write(out);
        }
        return bos.toByteArray();
    }

    private void write(ZipOutputStream out) throws IOException {
        out.setLevel(9);
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            out.putNextEntry(new ZipEntry(e.getKey()));
            out.write(e.getValue());
            out.closeEntry();
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
