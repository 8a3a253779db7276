using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovBudget.Import.Layout;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Import.Tables;

/// <summary>
/// Finds the tables of a laid-out document by their printed titles and reads their headers and rows (see
/// docs/import.md): the unit and department stated near each title, the printed columns matched to the spec's header
/// texts, rows keyed by code, fixed line or name, cells kept as printed with their page and box. Text that cannot be
/// placed is reported, never guessed.
/// </summary>
public static partial class TableImporter
{
    /// <summary>Reads the tables of <paramref name="document"/>.</summary>
    /// <param name="document">Positioned words per page (from PDF or text).</param>
    /// <param name="options">Specs and overrides (default: built-in specs of the recognised kind).</param>
    public static ImportedDocument Import(LayoutDocument document, TableImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= TableImportOptions.Default;
        var lines = PageLine.Build(document);
        var recognition = Recognize(lines, options);
        var set = options.TableSet ?? RecognizeSet(lines, recognition, options.TableSets);
        if (recognition.Year is { } documentYear)
        {
            // The 类 lines of tables that number them (national 公开01/公开04) are the year's catalog edition's.
            set = set.ForEdition(documentYear);
        }

        recognition = recognition with { TableSet = set };
        var specs = options.Specs.IsDefaultOrEmpty ? TableSetImportSpecs.For(set) : options.Specs;
        var matcher = new TitleMatcher(specs);
        var context = new ImportContext(recognition.Year ?? 2025);
        foreach (var page in document.Pages)
        {
            var xs = page.Rules.Where(r => !r.IsHorizontal).Select(r => (r.Box.Left + r.Box.Right) / 2).Distinct().Order().ToArray();
            if (xs.Length >= 2)
            {
                context.VerticalRulesByPage[page.Number] = xs;
            }
        }

        var closed = new List<(ImportedTable Table, List<ImportIssue> Issues, RegionReader Region)>();
        var text = ImmutableArray.CreateBuilder<ImportedTextLine>();

        RegionReader? region = null;
        foreach (var line in lines)
        {
            if (IsPageFooter(line))
            {
                continue;
            }

            var spec = matcher.Match(line);
            if (spec is not null)
            {
                if (region is not null && region.Spec == spec && !region.HasRows)
                {
                    region.AddTitle(line);
                    continue;
                }

                if (region is not null && region.Spec == spec)
                {
                    continue; // the title repeated on a continuation page
                }

                if (region is not null && region.IsTitleOnly)
                {
                    // A 目录 entry (a title followed at once by another title): text, not a table.
                    text.AddRange(region.Titles.Select(t => new ImportedTextLine(t.Page, t.Line, t.Text)));
                }
                else
                {
                    Close(region);
                }

                region = new RegionReader(spec, line, context);
                continue;
            }

            // Below the ruled table of its page, a line that is not a note is text after the table (其他重要事项 …).
            var afterRuledTable = region is not null && region.HasRows && line.BelowRules && !region.InNotes && !RegionReader.IsNoteLine(line);
            if (region is not null && (afterRuledTable || region.NotesEndBefore(line) || RegionReader.EndsBefore(line) || OtherTitlePattern().IsMatch(line.Compact)))
            {
                Close(region);
                region = null;
            }

            if (region is null)
            {
                text.Add(new ImportedTextLine(line.Page, line.Line, line.Text));
            }
            else
            {
                region.Add(line);
            }
        }

        Close(region);

        // A title printed twice where one region holds nothing (a 目录 entry without page number, a caption repeated
        // in the text): the empty region is text.
        var kept = new List<(ImportedTable Table, List<ImportIssue> Issues, RegionReader Region)>();
        foreach (var found in closed)
        {
            var isEmpty = found.Table.Rows.Length == 0 && !found.Table.IsDeclaredEmpty;
            if (isEmpty && closed.Any(o => o.Table.TableId == found.Table.TableId && (o.Table.Rows.Length > 0 || o.Table.IsDeclaredEmpty)))
            {
                text.AddRange(found.Region.AllLines.Select(l => new ImportedTextLine(l.Page, l.Line, l.Text)));
                continue;
            }

            kept.Add(found);
        }

        var orderedText = text.OrderBy(t => t.Page).ThenBy(t => t.Line).ToImmutableArray();
        return new ImportedDocument(
            document.Source,
            recognition,
            [.. kept.Select(k => k.Table)],
            [.. kept.SelectMany(k => k.Issues)],
            orderedText);

        void Close(RegionReader? r)
        {
            if (r is null)
            {
                return;
            }

            var (table, tableIssues) = r.Finish();
            closed.Add((table, tableIssues, r));
            if (r.Overflow.Count > 0)
            {
                // The rows after the restart belong to a table whose title is not printed: the next table of the set,
                // if no title names it anywhere in the document; otherwise they are not understood.
                var index = specs.IndexOf(r.Spec);
                var next = index >= 0 && index + 1 < specs.Length ? specs[index + 1] : null;
                var first = r.Overflow[0];
                if (next is not null && !lines.Any(l => matcher.Match(l) == next))
                {
                    var untitled = new RegionReader(next, context, table.Precision.Unit);
                    foreach (var l in r.Overflow)
                    {
                        untitled.Add(l);
                    }

                    var (nextTable, nextIssues) = untitled.Finish();
                    nextIssues.Insert(0, new ImportIssue(ImportIssueKind.Assumption, first.Page, first.Line, first.Box, first.Text, $"the codes start again after {r.Spec.TableId} without a title: the rows are read as {next.TableId}, the next table of the set", next.TableId));
                    closed.Add((nextTable, nextIssues, untitled));
                }
                else
                {
                    closed[^1].Issues.AddRange(r.Overflow.Select(l => new ImportIssue(ImportIssueKind.NotUnderstood, l.Page, l.Line, l.Box, l.Text, "rows after the codes start again, with no table title", r.Spec.TableId)));
                }
            }
        }
    }

    private static bool IsPageFooter(PageLine line) => FooterPattern().IsMatch(line.Compact);

    private static DocumentRecognition Recognize(List<PageLine> lines, TableImportOptions options)
    {
        DisclosureKind? kind = options.Kind;
        var year = options.Year;
        var department = options.Department;

        // The cover names the department on a line of its own (预算主管部门：…, 预算单位：…): that beats the region in the title.
        if (department is null && lines.Take(60).Select(l => SponsorPattern().Match(l.Compact)).FirstOrDefault(m => m.Success) is { } sponsor)
        {
            department = sponsor.Groups["name"].Value;
        }

        foreach (var line in lines.Take(60))
        {
            var m = CoverPattern().Match(line.Compact);
            if (!m.Success)
            {
                continue;
            }

            kind ??= m.Groups["kind"].Value == "决算" ? DisclosureKind.Settlement : DisclosureKind.Budget;
            year ??= int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (department is null && m.Groups["name"].Length >= 2)
            {
                // "第二部分 中共…工作部 2024 年度部门决算表": the part number is not the department.
                var name = PartPattern().Replace(m.Groups["name"].Value, string.Empty);
                department = name.Length >= 2 ? name : null;
            }

            if (kind is not null && year is not null && department is not null)
            {
                break;
            }
        }

        if (kind is null && lines.Take(60).Any(l => l.Compact.Contains("决算", StringComparison.Ordinal)))
        {
            kind = DisclosureKind.Settlement;
        }

        return new DocumentRecognition(kind, year, department) { TableSet = options.TableSet };
    }

    /// <summary>
    /// The table set whose printed titles the document matches best: among the sets of its kind (and edition, where the
    /// year is known), the one with the most of its tables found by title, then the largest share of its tables found.
    /// </summary>
    private static TableSet RecognizeSet(List<PageLine> lines, DocumentRecognition recognition, TableSetRegistry registry)
    {
        var kind = recognition.Kind ?? DisclosureKind.Budget;
        var candidates = registry.All.Where(s => s.Kind == kind && (recognition.Year is not { } y || s.Editions.Contains(y))).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. registry.All.Where(s => s.Kind == kind)];
        }

        TableSet? best = null;
        var bestFound = -1;
        var bestShare = 0m;
        foreach (var set in candidates)
        {
            var matcher = new TitleMatcher(TableSetImportSpecs.For(set));
            var found = lines.Select(matcher.Match).OfType<ImportTableSpec>().Select(s => s.TableId).Distinct(StringComparer.Ordinal).Count();
            var share = set.Tables.Length == 0 ? 0m : (decimal)found / set.Tables.Length;
            if (found > bestFound || (found == bestFound && share > bestShare))
            {
                (best, bestFound, bestShare) = (set, found, share);
            }
        }

        return best ?? TableSetRegistry.DefaultFor(kind);
    }

    // The title of a table no spec describes (表11 整体支出绩效目标表 …): it ends the table before it.
    [GeneratedRegex(@"^#*(表\d+(-\d+)?[.、]|[一二三四五六七八九十]+、).{2,40}表(\(.*\))?$")]
    private static partial Regex OtherTitlePattern();

    [GeneratedRegex(@"^([-—–]\d+[-—–]|第\d+页(共\d+页)?|\d{1,3})$")]
    private static partial Regex FooterPattern();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(预算主管部门|主管部门|预算单位|部门名称|单位名称)[:：](?<name>[^\s:：]{2,40})$")]
    private static partial Regex SponsorPattern();

    // The name may hold digits (第二中学, 第20局); the year is four digits of their own, not the end of a longer number.
    [GeneratedRegex(@"^(?<name>.*?)(?<!\d)(?<year>20\d{2})年度?(区级|市级)?(部门|单位|部门\(单位\))?(?<kind>预算|决算)")]
    private static partial Regex CoverPattern();
}
