package org.demarche.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsInputsOutputFormatDateAndPartitions() {
        JobOptions o = JobOptions.parse("--out", "out", "a.warc.gz", "--format", "jsonl", "--reference-date",
                "2026-03-01", "--partitions", "8", "dir");
        assertThat(o.inputs()).containsExactly("a.warc.gz", "dir");
        assertThat(o.output()).isEqualTo("out");
        assertThat(o.format()).isEqualTo(JobOptions.OutputFormat.JSONL);
        assertThat(o.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(o.partitions()).isEqualTo(8);
        assertThat(JobOptions.parse("--out", "out", "x").format()).isEqualTo(JobOptions.OutputFormat.PARQUET);
    }

    @Test
    void mistakesSayWhatIsWrongAndHowToCallTheJob() {
        assertThatThrownBy(() -> JobOptions.parse("x")).hasMessageContaining("--out DIR").hasMessageContaining("usage");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o")).hasMessageContaining("no input");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o", "--format", "csv", "x")).hasMessageContaining("csv");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o", "--reference-date", "March", "x"))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o", "--threads", "2", "x"))
                .hasMessageContaining("unknown option --threads");
        assertThatThrownBy(() -> JobOptions.parse("--out")).hasMessageContaining("--out needs a value");
        assertThatThrownBy(() -> new JobOptions(List.of("x"), "o", JobOptions.OutputFormat.PARQUET, null, -1))
                .hasMessageContaining("--partitions");
    }
}
