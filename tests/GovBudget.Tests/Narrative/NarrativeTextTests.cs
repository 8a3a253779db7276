using GovBudget.Narrative;

namespace GovBudget.Tests.Narrative;

public sealed class NarrativeTextTests
{
    [Fact]
    public void FromPlainText_FormFeeds_SplitPagesAndNumberLinesPerPage()
    {
        var text = NarrativeText.FromPlainText("第一页\r\n第二行\n\f第二页\n");

        text.PageCount.ShouldBe(2);
        text.Lines.Select(l => (l.Page, l.Number, l.Text)).ShouldBe([(1, 1, "第一页"), (1, 2, "第二行"), (2, 1, "第二页")]);
    }

    [Fact]
    public void Constructor_LineNumberZero_Throws()
        => Should.Throw<ArgumentException>(() => new NarrativeText([new NarrativeLine(1, 0, "x")]));

    [Fact]
    public void FromPlainText_Empty_HasOneEmptyLine()
        => NarrativeText.FromPlainText(string.Empty).Lines.Length.ShouldBe(1);
}
