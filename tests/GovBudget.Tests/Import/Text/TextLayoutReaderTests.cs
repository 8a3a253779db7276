using CsCheck;
using GovBudget.Import.Layout;
using GovBudget.Import.Text;

namespace GovBudget.Tests.Import.Text;

public sealed class TextLayoutReaderTests
{
    [Fact]
    public void Read_FormFeeds_OnePagePerFormFeed()
    {
        var document = TextLayoutReader.Read("第一页\n\f第二页\f", "x.txt");

        document.Kind.ShouldBe(LayoutSourceKind.Text);
        document.Pages.Length.ShouldBe(2);
        document.Pages[1].Words.Single().Text.ShouldBe("第二页");
        document.Pages[1].Words.Single().Page.ShouldBe(2);
    }

    [Fact]
    public void Read_TabLines_FieldsStartAtTheSameX()
    {
        var document = TextLayoutReader.Read("208\t社会保障和就业支出\t34.37\n2080501\t行政单位离退休\t0.10", "x.txt");
        var words = document.Pages[0].Words;

        words.Length.ShouldBe(6);
        words[2].Box.Left.ShouldBe(words[5].Box.Left);
        words[1].Box.Left.ShouldBe(words[4].Box.Left);
        words[0].Box.Top.ShouldBeGreaterThan(words[3].Box.Top);
    }

    [Fact]
    public void Read_TabFieldWithSpace_StaysOneWord()
    {
        var word = TextLayoutReader.Read("a\t34.8 1", "x.txt").Pages[0].Words[1];

        word.Text.ShouldBe("34.8 1");
    }

    [Fact]
    public void Read_WideCharacters_CountTheConfiguredWidth()
    {
        var narrow = TextLayoutReader.Read("合计 1.00", "x.txt").Pages[0].Words[1];
        var wide = TextLayoutReader.Read("合计 1.00", "x.txt", new TextLayoutOptions { WideCharacterWidth = 2 }).Pages[0].Words[1];

        narrow.Box.Left.ShouldBe(3m);
        wide.Box.Left.ShouldBe(5m);
    }

    [Fact]
    public void Read_NulCharacter_ThrowsFormatExceptionWithLine()
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => TextLayoutReader.Read("a\nb\0", "x.txt"));

        ex.LineNumber.ShouldBe(2);
        ex.SourceName.ShouldBe("x.txt");
    }

    [Fact]
    public void Read_AnySpaceSeparatedLine_WordsKeepTextAndOrder()
    {
        Gen.String[Gen.Char["a-z合计0-9.,"], 1, 6].Array[1, 6].Select(Gen.Int[1, 4])
            .Sample((tokens, gap) =>
            {
                var line = string.Join(new string(' ', gap), tokens);
                var words = TextLayoutReader.Read(line, "x.txt").Pages[0].Words;
                words.Select(w => w.Text).ShouldBe(tokens);
                for (var i = 1; i < words.Length; i++)
                {
                    words[i].Box.Left.ShouldBeGreaterThan(words[i - 1].Box.Right);
                }
            });
    }
}
