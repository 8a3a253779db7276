using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Narrative;

/// <summary>
/// The proofreading pass over a document's explanatory text: template leftovers (增加（减少）, 下降（增长）), an empty
/// reason after 主要原因是, placeholders (XX, ××, 待填写), doubled punctuation, unbalanced brackets and quotes, and —
/// knowing the document — 部门 wording in a unit's document and years that cannot be, each located at the text.
/// The first four are read line by line (a leftover wrapped over two lines is not seen); brackets over a few lines.
/// </summary>
public static partial class NarrativeProofreader
{
    /// <summary>The id of a template leftover: both direction words printed (增加（减少）), or 主要原因是 with no reason.</summary>
    public const string LeftoverId = "TXT.PROOF.LEFTOVER";

    /// <summary>The id of a placeholder left in the text (XX, ××, 待填写).</summary>
    public const string PlaceholderId = "TXT.PROOF.PLACEHOLDER";

    /// <summary>The id of doubled sentence punctuation (。。, ，，, ，。).</summary>
    public const string PunctuationId = "TXT.PROOF.PUNCTUATION";

    /// <summary>The id of a bracket or quote opened and not closed (or closed and not opened) within one paragraph: （）“”《》.</summary>
    public const string BracketsId = "TXT.PROOF.BRACKETS";

    /// <summary>The id of wording that does not fit whose document it is: 本部门 in a unit's (单位) document, 本单位 in a department's (a note).</summary>
    public const string ScopeId = "TXT.PROOF.SCOPE";

    /// <summary>The id of a year that cannot be: a 2025 budget speaking of 2027 年预算, a 2026 budget compared with 2026 (比 2026 年预算).</summary>
    public const string YearId = "TXT.PROOF.YEAR";

    /// <summary>The id of a 科目 named by its former name, which the catalog edition of the document no longer has (医疗卫生与计划生育支出 for 210 卫生健康支出 since 2019).</summary>
    public const string FormerNameId = "TXT.NAME";

    /// <summary>Every id of the pass, in the order the rules are listed.</summary>
    public static ImmutableArray<string> Ids { get; } = [LeftoverId, PlaceholderId, PunctuationId, BracketsId, ScopeId, YearId, FormerNameId];

    /// <summary>
    /// 类 names of the 功能分类 before the 2019 edition and the code and name that replaced them (the catalog file keeps
    /// only the current names; see <c>Classification/Data/functional.csv</c>).
    /// </summary>
    private static readonly (string Former, int Code, string Current, int Since)[] FormerNames =
    [
        ("医疗卫生与计划生育支出", 210, "卫生健康支出", 2019),
        ("文化体育与传媒支出", 207, "文化旅游体育与传媒支出", 2019),
        ("国土海洋气象等支出", 220, "自然资源海洋气象等支出", 2019),
    ];

    /// <summary>
    /// Reads <paramref name="text"/> and returns what a proofreader would mark without knowing the document: template
    /// leftovers, placeholders and doubled punctuation (line by line), unbalanced brackets and quotes (over a few lines).
    /// </summary>
    public static ImmutableArray<ProofreadingIssue> Check(NarrativeText text) => CheckText(text, null);

    /// <summary>
    /// Reads the text of <paramref name="disclosure"/> and returns what a proofreader would mark: the marks of
    /// <see cref="Check(NarrativeText)"/> and those that need the document's year, kind and scope (department or unit).
    /// </summary>
    public static ImmutableArray<ProofreadingIssue> Check(NarrativeText text, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return CheckText(text, new Document(disclosure.Year, disclosure.Kind, disclosure.TableSet.Scope));
    }

    /// <summary>
    /// Reads <paramref name="text"/> of a document of <paramref name="year"/>, <paramref name="kind"/> and
    /// <paramref name="scope"/> and returns what a proofreader would mark, as <see cref="Check(NarrativeText, Disclosure)"/>.
    /// </summary>
    public static ImmutableArray<ProofreadingIssue> Check(NarrativeText text, int year, DisclosureKind kind, TableSetScope scope)
        => CheckText(text, new Document(year, kind, scope));

    private static ImmutableArray<ProofreadingIssue> CheckText(NarrativeText text, Document? document)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<ProofreadingIssue>();
        foreach (var line in text.Lines)
        {
            var found = new List<ProofreadingIssue>();
            Add(found, line, Leftover(), LeftoverId);
            Add(found, line, EmptyReason(), LeftoverId);
            Add(found, line, Placeholder(), PlaceholderId);
            Add(found, line, DoubledPunctuation(), PunctuationId);
            if (document is { } d)
            {
                Scope(found, line, d);
                Years(found, line, d);
                Former(found, line, d);
            }

            issues.AddRange(found.OrderBy(i => i.Span.Column));
        }

        Brackets(issues, text);

        return [.. issues.OrderBy(i => i.Span.Page).ThenBy(i => i.Span.Line).ThenBy(i => i.Span.Column)];
    }

    private sealed record Document(int Year, DisclosureKind Kind, TableSetScope Scope);

    private static void Former(List<ProofreadingIssue> found, NarrativeLine line, Document d)
    {
        foreach (var (former, code, current, since) in FormerNames)
        {
            if (d.Year < since)
            {
                continue;
            }

            for (var at = line.Text.IndexOf(former, StringComparison.Ordinal); at >= 0; at = line.Text.IndexOf(former, at + former.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(line.Page, line.Number, at + 1, line.Page, line.Number, at + former.Length + 1);
                found.Add(new ProofreadingIssue(FormerNameId, span, former, line.Text.Trim())
                {
                    ReasonZh = Invariant($"是 {since} 年以前的科目名称，{d.Year} 年科目目录中 {code} 为“{current}”"),
                    ReasonEn = Invariant($" is the name before the {since} edition; in the {d.Year} catalog {code} is {current}"),
                });
            }
        }
    }

    private static void Scope(List<ProofreadingIssue> found, NarrativeLine line, Document d)
    {
        var what = d.Kind == DisclosureKind.Budget ? "预算" : "决算";
        var whatEn = d.Kind == DisclosureKind.Budget ? "budget" : "settlement";
        var (pattern, zh, en, note) = d.Scope == TableSetScope.Unit
            ? (UnitSelf(), $"，本文件为单位{what}，应写作“本单位”", $", but this is a unit's (单位) {whatEn}: 本单位", false)
            : (DepartmentSelf(), $"，本文件为部门{what}（部门只有一个单位时常见）", $", in a department's (部门) {whatEn} (usual when the department has one unit)", true);
        foreach (Match m in pattern.Matches(line.Text))
        {
            found.Add(Issue(ScopeId, line, m) with { ReasonZh = zh, ReasonEn = en, IsNote = note });
        }
    }

    private static void Years(List<ProofreadingIssue> found, NarrativeLine line, Document d)
    {
        var budget = d.Kind == DisclosureKind.Budget;
        var docZh = Invariant($"{d.Year} 年{(budget ? "预算" : "决算")}");
        var docEn = Invariant($"{d.Year} {(budget ? "budget" : "settlement")}");
        var compared = new List<Match>();
        foreach (Match m in YearCompared().Matches(line.Text))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);

            // A budget compares with earlier years; a settlement with earlier years or its own year's budget.
            if (budget ? year >= d.Year : year > d.Year)
            {
                compared.Add(m);
                found.Add(Issue(YearId, line, m) with { ReasonZh = Invariant($"，比较的基年不早于文件年度（本文件为 {docZh}）"), ReasonEn = Invariant($": the year compared with is not before the document's year (this is the {docEn})") });
            }
        }

        foreach (Match m in YearNamed().Matches(line.Text))
        {
            if (compared.Any(c => c.Index < m.Index + m.Length && m.Index < c.Index + c.Length))
            {
                continue; // 比 2026 年预算: marked once, as the base year
            }

            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var ofBudget = m.Groups["what"].Value == "预算";

            // A budget speaks of its own year and earlier; a settlement also of the next year's budget.
            var latest = budget ? d.Year : ofBudget ? d.Year + 1 : d.Year;
            if (year > latest)
            {
                found.Add(Issue(YearId, line, m) with { ReasonZh = Invariant($"，晚于文件年度（本文件为 {docZh}）"), ReasonEn = Invariant($", later than the document's year (this is the {docEn})") });
            }
        }
    }

    /// <summary>How many non-blank lines a bracket or quote may stay open (PDF text wraps a parenthesis over lines).</summary>
    private const int OpenLines = 4;

    /// <summary>
    /// Brackets and quotes over the lines as they stand (headings and table lines too, since a wrapped parenthesis is
    /// often cut into one): a closer with no opener of its kind in the last <see cref="OpenLines"/> non-blank lines,
    /// an opener not closed within them. Only lines of running text (with sentence punctuation) are marked: a table
    /// cell's text is cut by the extraction.
    /// </summary>
    private static void Brackets(List<ProofreadingIssue> issues, NarrativeText text)
    {
        var lines = text.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList();
        var open = new List<(int Line, int Column, char Kind)>();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            for (var i = 0; i < line.Text.Length; i++)
            {
                var c = line.Text[i];
                if (c is '（' or '(' or '“' or '《')
                {
                    open.Add((n, i, Kind(c)));
                }
                else if (c is '）' or ')' or '”' or '》')
                {
                    var kind = c switch { '”' => '“', '》' => '《', _ => '（' };
                    var match = open.FindLastIndex(o => o.Kind == kind);
                    if (match >= 0)
                    {
                        open.RemoveAt(match);
                    }
                    else if (IsRunningText(line.Text))
                    {
                        issues.Add(Mark(line, i, "，前面没有对应的前半", " has no opening counterpart before it"));
                    }
                }
            }

            // Openers that stayed open too long.
            foreach (var o in open.Where(o => o.Line <= n - OpenLines || n == lines.Count - 1).ToList())
            {
                open.Remove(o);
                if (IsRunningText(lines[o.Line].Text))
                {
                    issues.Add(Mark(lines[o.Line], o.Column, "，后面没有对应的后半", " is not closed"));
                }
            }
        }
    }

    private static ProofreadingIssue Mark(NarrativeLine line, int index, string zh, string en)
        => new(BracketsId, new TextSpan(line.Page, line.Number, index + 1, line.Page, line.Number, index + 2), line.Text[index].ToString(), line.Text.Trim())
        {
            ReasonZh = zh,
            ReasonEn = en,
        };

    /// <summary>A line of running text: it has sentence punctuation and no tab.</summary>
    private static bool IsRunningText(string line) => line.IndexOfAny(['。', '，', '；', '：']) >= 0 && !line.Contains('\t', StringComparison.Ordinal);

    private static char Kind(char c) => c == '(' ? '（' : c;

    private static ProofreadingIssue Issue(string id, NarrativeLine line, Match m)
        => new(id, new TextSpan(line.Page, line.Number, m.Index + 1, line.Page, line.Number, m.Index + m.Length + 1), m.Value, line.Text.Trim());

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

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

    [GeneratedRegex(@"本部门")]
    private static partial Regex UnitSelf();

    [GeneratedRegex(@"本单位")]
    private static partial Regex DepartmentSelf();

    [GeneratedRegex(@"(?<![\d])(?<year>20\d\d)\s*年度?(?:部门|单位)?(?:收支)?总?(?<what>预算|决算)")]
    private static partial Regex YearNamed();

    [GeneratedRegex(@"(?:比|较|与|同)\s*(?<year>20\d\d)\s*年")]
    private static partial Regex YearCompared();
}
