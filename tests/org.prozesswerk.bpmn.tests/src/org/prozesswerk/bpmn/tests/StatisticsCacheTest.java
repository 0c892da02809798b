package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnStatistics;
import org.prozesswerk.bpmn.BpmnStatisticsCache;

/** The statistics cache parses a file once per version and follows changes on disk. */
class StatisticsCacheTest {

    @TempDir
    Path directory;

    @Test
    void parsesOncePerFileVersionAndFollowsChanges() throws IOException {
        Path file = directory.resolve("A.2.0.bpmn");
        Files.copy(TestData.realData("bpmn-miwg-reference/A.2.0.bpmn"), file);

        BpmnStatistics first = BpmnStatisticsCache.get(file);
        assertEquals(BpmnIO.load(file).statistics().categories(), first.categories());
        assertSame(first, BpmnStatisticsCache.get(file), "an unchanged file is not parsed again");

        Files.copy(TestData.realData("bpmn-miwg-reference/A.1.0.bpmn"), file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        BpmnStatistics changed = BpmnStatisticsCache.get(file);
        assertEquals(BpmnIO.load(file).statistics().categories(), changed.categories());

        Files.writeString(file, "<html>kein BPMN</html>");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThrows(IOException.class, () -> BpmnStatisticsCache.get(file));
    }
}
