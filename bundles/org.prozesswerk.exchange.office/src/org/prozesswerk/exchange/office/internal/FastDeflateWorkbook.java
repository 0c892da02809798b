package org.prozesswerk.exchange.office.internal;

import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook that deflates the final file with {@link Deflater#BEST_SPEED}: for 100,000 Steckbriefe most of
 * the export time went into compressing the sheet XML at the default level, for a few percent of file size.
 */
public final class FastDeflateWorkbook extends SXSSFWorkbook {

    public FastDeflateWorkbook(int rowAccessWindowSize) {
        super(rowAccessWindowSize);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
