package th.go.moph.healthliteracy.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Log lines a collector can parse: one JSON object each, whatever the message holds. */
class JsonLogFormatterTest {

    @Test
    void aLineIsOneJsonObjectWithEveryAwkwardCharacterEscaped() {
        LogRecord record = new LogRecord(Level.WARNING, "ส่ง \"webhook\" ไม่สำเร็จ\n\tretry {0}");
        record.setParameters(new Object[] {3});
        record.setLoggerName("th.go.moph.healthliteracy.publishing");
        record.setThrown(new IllegalStateException("boom\u0001"));
        String line = new JsonLogFormatter().format(record);
        assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        JsonObject json = Json.createReader(new StringReader(line)).readObject();
        assertEquals("WARNING", json.getString("level"));
        assertEquals("ส่ง \"webhook\" ไม่สำเร็จ\n\tretry 3", json.getString("message"));
        assertEquals("th.go.moph.healthliteracy.publishing", json.getString("logger"));
        assertTrue(json.getString("exception").contains("IllegalStateException: boom\u0001"));
    }
}
