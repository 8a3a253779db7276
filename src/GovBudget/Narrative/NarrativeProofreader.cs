using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovBudget.Disclosures;

namespace GovBudget.Narrative;

/// <summary>
/// The proofreading pass over a document's explanatory text: template leftovers (增加（减少）, 下降（增长）), an empty
/// reason after 主要原因是, placeholders (XX, ××, 待填写) and doubled punctuation, each located at its line.
/// Line by line: a leftover wrapped over two lines is not seen.
/// </summary>
public static partial class NarrativeProofreader
{
    /// <summary>The id of a template leftover: both direction words printed (增加（减少）), or 主要原因是 with no reason.</summary>
    public const string LeftoverId = "TXT.PROOF.LEFTOVER";

    /// <summary>The id of a placeholder left in the text (XX, ××, 待填写).</summary>
    public const string PlaceholderId = "TXT.PROOF.PLACEHOLDER";

    /// <summary>The id of doubled sentence punctuation (。。, ，，, ，。).</summary>
    public const string PunctuationId = "TXT.PROOF.PUNCTUATION";

    /// <summary>Reads <paramref name="text"/> line by line and returns what a proofreader would mark, in text order.</summary>
    public static ImmutableArray<ProofreadingIssue> Check(NarrativeText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issues = ImmutableArray.CreateBuilder<ProofreadingIssue>();
        foreach (var line in text.Lines)
        {
            var found = new List<ProofreadingIssue>();
            Add(found, line, Leftover(), LeftoverId);
            Add(found, line, EmptyReason(), LeftoverId);
            Add(found, line, Placeholder(), PlaceholderId);
            Add(found, line, DoubledPunctuation(), PunctuationId);
            issues.AddRange(found.OrderBy(i => i.Span.Column));
        }

        return issues.ToImmutable();
    }

    private static void Add(List<ProofreadingIssue> found, NarrativeLine line, Regex pattern, string id)
    {
        foreach (Match m in pattern.Matches(line.Text))
        {
            var span = new TextSpan(line.Page, line.Number, m.Index + 1, line.Page, line.Number, m.Index + m.Length + 1);
            found.Add(new ProofreadingIssue(id, span, m.Value, line.Text.Trim()));
        }
    }

    [GeneratedRegex(@"(?:增加|减少|增长|下降|上升|降低)\s*[（(]\s*(?:增加|减少|增长|下降|上升|降低)\s*[)）]")]
    private static partial Regex Leftover();

    [GeneratedRegex(@"主要(?:原因|用于)(?:是|为)?\s*[：:]?\s*[。；;，,]")]
    private static partial Regex EmptyReason();

    [GeneratedRegex(@"(?<![A-Za-z])(?:X{2,}|x{2,}|×{2,}|待填写|待补充)(?![A-Za-z])")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[。，；、：][。，；、]")]
    private static partial Regex DoubledPunctuation();
}
