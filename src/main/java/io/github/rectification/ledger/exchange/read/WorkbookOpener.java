package io.github.rectification.ledger.exchange.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens a workbook by what its content is, not by its name: .xlsx (also when saved by WPS or
 * encrypted with a password) is streamed, .xls goes through POI's user model. Anything else is
 * refused with a message that says what the file is.
 */
public final class WorkbookOpener {
    private static final String SPREADSHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private static final String MACRO_MAIN = "application/vnd.ms-excel";

    private WorkbookOpener() {
    }

    /** Opens {@code file}; {@code password} may be null when the file has none. */
    public static WorkbookSource open(Path file, String password) throws ImportRejectedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ReadLimits.apply();
        FileMagic magic;
        try {
            if (Files.size(file) == 0) {
                throw new ImportRejectedException(text("open.empty", name));
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (NoSuchFileException e) {
            throw new ImportRejectedException(text("open.missing", name, file), e);
        } catch (IOException e) {
            throw new ImportRejectedException(text("open.unreadable", name, e.getMessage()), e);
        }
        return switch (magic) {
            case OOXML -> openOoxml(name, file);
            case OLE2 -> openOle2(name, file, password);
            case BIFF2, BIFF3, BIFF4 -> throw new ImportRejectedException(
                    text("open.biff", name));
            case HTML -> throw new ImportRejectedException(text("open.html", name));
            case XML -> throw new ImportRejectedException(text("open.xml", name));
            case PDF -> throw new ImportRejectedException(text("open.pdf", name));
            case WORD2 -> throw new ImportRejectedException(text("open.oldWord", name));
            default -> throw new ImportRejectedException(text(looksLikeText(file) ? "open.text" : "open.other", name));
        };
    }

    private static WorkbookSource openOoxml(String name, Path file) throws ImportRejectedException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw Problems.unreadable(name, null, e);
        }
        return fromPackage(name, pkg);
    }

    private static WorkbookSource fromPackage(String name, OPCPackage pkg) throws ImportRejectedException {
        try {
            checkSpreadsheet(name, pkg);
            return new XlsxSource(name, pkg);
        } catch (ImportRejectedException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static void checkSpreadsheet(String name, OPCPackage pkg) throws ImportRejectedException {
        try {
            var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.isEmpty()) {
                rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            if (rels.isEmpty()) {
                throw new ImportRejectedException(text("open.zipNoWorkbook", name));
            }
            var part = pkg.getPart(rels.getRelationship(0));
            String type = part == null ? "" : part.getContentType();
            if (type.contains("wordprocessingml")) {
                throw new ImportRejectedException(text("open.docx", name));
            }
            if (type.contains("presentationml")) {
                throw new ImportRejectedException(text("open.pptx", name));
            }
            if (!type.startsWith(SPREADSHEET_MAIN) && !type.startsWith(MACRO_MAIN)) {
                throw new ImportRejectedException(text("open.contentType", name, type));
            }
        } catch (RuntimeException e) {
            throw Problems.unreadable(name, null, e);
        }
    }

    private static WorkbookSource openOle2(String name, Path file, String password) throws ImportRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return decrypt(name, fs, password);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                if (fs.getRoot().hasEntry("WordDocument")) {
                    throw new ImportRejectedException(text("open.doc", name));
                }
                throw new ImportRejectedException(text("open.noWorkbookStream", name));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EncryptedDocumentException) {
                throw passwordProblem(name, password, e);
            }
            throw Problems.unreadable(name, null, e);
        }
        return openXls(name, file, password);
    }

    private static WorkbookSource openXls(String name, Path file, String password) throws ImportRejectedException {
        try {
            Workbook wb = WorkbookFactory.create(file.toFile(), password, true);
            return new XlsSource(name, wb);
        } catch (EncryptedDocumentException e) {
            throw passwordProblem(name, password, e);
        } catch (org.apache.poi.hssf.OldExcelFormatException e) {
            throw new ImportRejectedException(text("open.excelOld", name), e);
        } catch (IOException | RuntimeException e) {
            throw Problems.unreadable(name, null, e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static WorkbookSource decrypt(String name, POIFSFileSystem fs, String password)
            throws ImportRejectedException {
        if (password == null || password.isEmpty()) {
            throw new ImportRejectedException(ImportRejectedException.Reason.PASSWORD_REQUIRED,
                    text("open.passwordRequired", name), null);
        }
        try {
            EncryptionInfo info = new EncryptionInfo(fs);
            Decryptor d = Decryptor.getInstance(info);
            if (!d.verifyPassword(password)) {
                throw new ImportRejectedException(ImportRejectedException.Reason.WRONG_PASSWORD,
                        text("open.passwordWrong", name), null);
            }
            OPCPackage pkg;
            try (InputStream in = d.getDataStream(fs)) {
                pkg = OPCPackage.open(in);
            }
            return fromPackage(name, pkg);
        } catch (GeneralSecurityException | IOException | InvalidFormatException | RuntimeException e) {
            throw Problems.unreadable(name, null, e);
        }
    }

    private static ImportRejectedException passwordProblem(String name, String password, Exception e) {
        if (password == null || password.isEmpty()) {
            return new ImportRejectedException(ImportRejectedException.Reason.PASSWORD_REQUIRED,
                    text("open.passwordRequired", name), e);
        }
        return new ImportRejectedException(ImportRejectedException.Reason.WRONG_PASSWORD,
                text("open.passwordWrong", name), e);
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            for (byte b : head) {
                if (b == 0 || (b > 0 && b < 9)) {
                    return false;
                }
            }
            return head.length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(String key, Object... args) {
        return Messages.TEXTS.text(key, args);
    }
}
