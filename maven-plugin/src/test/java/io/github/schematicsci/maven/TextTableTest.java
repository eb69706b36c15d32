package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void alignsColumnsToTheWidestCell() {
        TextTable table = new TextTable("ID", "NAME", "STATUS")
                .row("us-south.workspace.a.1", "a", "ACTIVE")
                .row("x", "longer-name", null);

        assertThat(table.lines()).containsExactly(
                "ID                      NAME         STATUS",
                "----------------------  -----------  ------",
                "us-south.workspace.a.1  a            ACTIVE",
                "x                       longer-name");
    }

    @Test
    void newlinesInCellsDoNotBreakRows() {
        assertThat(new TextTable("A").row("x\ny").lines()).containsExactly("A", "---", "x y");
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row has 1 cells, the table 2");
    }
}
