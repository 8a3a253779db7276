using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Narrative;
using GovBudget.Tables;

namespace GovBudget.Generation;

/// <summary>
/// Writes the standard sections of a disclosure's 情况说明 (收支总体情况, 收入/支出, 财政拨款, 一般公共预算 with 类 and
/// per-科目 lines, 基本支出, 三公, 机关运行经费 …) from sentence templates (<see cref="NarrativeTemplates"/>), with the
/// figures of the disclosure's tables printed as published: amounts in 万元 with 2 decimals, rates with
/// <see cref="NarrativeOptions.RateDecimals"/> decimals, the direction word (增加/减少, 增长/下降, 持平) from the sign.
/// Figures the tables do not hold — last year's figures, the 年初预算 of a settlement — are made up from
/// <see cref="NarrativeOptions.Seed"/>, consistently: every rate printed is the rate of the amounts printed.
/// </summary>
/// <remarks>
/// Read back with <see cref="NarrativeExtractor.Extract"/>, the text gives statements that the TXT rules find true
/// (see <c>docs/narrative.md</c>). Deterministic: the same disclosure and options give the same text.
/// </remarks>
public static partial class NarrativeGenerator
{
    /// <summary>Writes the 情况说明 of <paramref name="disclosure"/>.</summary>
    /// <param name="disclosure">The disclosure whose tables the text restates.</param>
    /// <param name="options">Seed, rate decimals, templates; <see langword="null"/> for the defaults.</param>
    /// <exception cref="NotSupportedException">The templates have no section for the disclosure's table set or kind.</exception>
    public static NarrativeText Generate(Disclosure disclosure, NarrativeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        options ??= new NarrativeOptions();
        Internal.Preconditions.CheckRange(options.RateDecimals, 1, 2);
        Internal.Preconditions.CheckRange(options.LinesPerPage, 1, 10_000);
        var templates = options.Templates ?? NarrativeTemplates.Default;
        var kind = disclosure.Kind == DisclosureKind.Settlement ? "settlement" : "budget";
        var section = templates.SectionFor(disclosure.TableSet.Id, kind)
            ?? throw new NotSupportedException($"The narrative templates have no section for table set {disclosure.TableSet.Id} or kind {kind}.");
        var writer = new NarrativeWriter(disclosure, options);
        var lines = new List<string>();
        writer.Write(section.Nodes, null, lines);
        lines = WithoutEmptyHeadings(lines);
        var result = new List<NarrativeLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            result.Add(new NarrativeLine((i / options.LinesPerPage) + 1, (i % options.LinesPerPage) + 1, lines[i]));
        }

        return new NarrativeText(result);
    }

    /// <summary>Leaves out headings with no sentence under them before the next heading of the same or a higher level.</summary>
    private static List<string> WithoutEmptyHeadings(List<string> lines)
    {
        var kept = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var level = HeadingLevel(lines[i]);
            var hasContent = level < 0;
            for (var j = i + 1; !hasContent && j < lines.Count; j++)
            {
                var next = HeadingLevel(lines[j]);
                if (next >= 0 && next <= level)
                {
                    break;
                }

                hasContent = next < 0;
            }

            if (hasContent)
            {
                kept.Add(lines[i]);
            }
        }

        return kept;
    }

    /// <summary>0 for 第X部分, 1 for 一、, 2 for （一） — a line without an amount; -1 for any other line.</summary>
    private static int HeadingLevel(string line)
    {
        if (line.Contains('元', StringComparison.Ordinal) || line.Contains('%', StringComparison.Ordinal))
        {
            return -1;
        }

        var m = HeadingPattern().Match(line);
        return !m.Success ? -1 : m.Groups["part"].Success ? 0 : m.Groups["one"].Success ? 1 : 2;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<part>第[一二三四五六七八九十]+部分)|(?<one>[一二三四五六七八九十]+、)|(?<two>[（(][一二三四五六七八九十]+[)）]))")]
    private static partial System.Text.RegularExpressions.Regex HeadingPattern();

    /// <summary>Fills templates for one disclosure; remembers the made-up figures so that each is the same wherever used.</summary>
    private sealed class NarrativeWriter(Disclosure disclosure, NarrativeOptions options)
    {
        private static readonly Precision Wan = Precision.WanYuan2;
        private readonly Dictionary<string, Amount> _priors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Amount> _budgets = new(StringComparer.Ordinal);
        private readonly SubjectCatalog<FunctionalCode> _functional = CatalogSet.BuiltIn.Functional(disclosure.CatalogEdition);
        private readonly SubjectCatalog<EconomicCode> _economic = CatalogSet.BuiltIn.Economic(EconomicSystem.Department, disclosure.CatalogEdition);

        public void Write(List<NarrativeTemplates.Node> nodes, LoopRow? row, List<string> output)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case NarrativeTemplates.Text text:
                        if (Fill(text.Template, row) is { } line)
                        {
                            output.Add(line);
                        }

                        break;
                    case NarrativeTemplates.Each each:
                        var n = 0;
                        foreach (var r in Rows(each))
                        {
                            var before = output.Count;
                            Write(each.Nodes, r with { Number = n + 1 }, output);
                            if (output.Count > before)
                            {
                                n++;
                            }
                        }

                        break;
                }
            }
        }

        private IEnumerable<LoopRow> Rows(NarrativeTemplates.Each each)
        {
            if (disclosure.FindTableByRole(each.Role) is not { IsIncomplete: false } table)
            {
                yield break;
            }

            foreach (var r in table.Rows)
            {
                var key = r.Key;
                var (match, name, path) = each.Kind switch
                {
                    "class" when key.FunctionalCode is { Level: SubjectLevel.Class } f => (true, _functional.NameOf(f), _functional.NameOf(f)),
                    "item" when key.FunctionalCode is { Level: SubjectLevel.Item } f => (true, _functional.NameOf(f), FunctionalPath(f)),
                    "economic-class" when key.EconomicCode is { Level: SubjectLevel.Class } e => (true, _economic.NameOf(e), _economic.NameOf(e)),
                    "economic-item" when key.EconomicCode is { Level: not SubjectLevel.Class } e && _economic.NameOf(e) is { } en => (true, en, e.ToString() + en),
                    _ => (false, null, null),
                };
                if (match && name is not null && path is not null)
                {
                    yield return new LoopRow(table, key, name, path, 0);
                }
            }
        }

        private string? FunctionalPath(FunctionalCode code)
        {
            var parts = new List<string>();
            string[] levels = ["（类）", "（款）", "（项）"];
            var chain = new List<FunctionalCode>();
            for (FunctionalCode? c = code; c is { } x; c = x.Parent)
            {
                chain.Insert(0, x);
            }

            for (var i = 0; i < chain.Count; i++)
            {
                if (_functional.NameOf(chain[i]) is not { } name || i >= levels.Length)
                {
                    return null;
                }

                parts.Add(name + levels[i]);
            }

            return string.Concat(parts);
        }

        /// <summary>The line with its placeholders filled, or <see langword="null"/> when one names nothing printed.</summary>
        private string? Fill(string template, LoopRow? row)
        {
            var builder = new StringBuilder();
            var at = 0;
            foreach (System.Text.RegularExpressions.Match m in NarrativeTemplates.PlaceholderPattern().Matches(template))
            {
                builder.Append(template, at, m.Index - at);
                at = m.Index + m.Length;
                var arg = m.Groups["arg"].Value;
                string? value = m.Groups["name"].Value switch
                {
                    "dept" => disclosure.Department.Name,
                    "year" => disclosure.Year.ToString(CultureInfo.InvariantCulture),
                    "prior" => (disclosure.Year - 1).ToString(CultureInfo.InvariantCulture),
                    "n" => row?.Number.ToString(CultureInfo.InvariantCulture),
                    "name" => row?.Name,
                    "path" => row?.Path,
                    "v" => AmountOf(arg, row) is { } a ? Print(a) : null,
                    "chg" => Change(arg, row),
                    "pct" => Rate(arg, row),
                    _ => null,
                };
                if (value is null)
                {
                    return null;
                }

                builder.Append(value);
            }

            builder.Append(template, at, template.Length - at);
            return builder.ToString();
        }

        /// <summary>The amount a REF names, rounded to 0.01 万元 as printed in the text.</summary>
        private Amount? AmountOf(string reference, LoopRow? row)
        {
            if (reference.StartsWith("budget:", StringComparison.Ordinal))
            {
                var inner = reference["budget:".Length..];
                if (AmountOf(inner, row) is not { } actual)
                {
                    return null;
                }

                var key = Key(inner, row);
                if (!_budgets.TryGetValue(key, out var budget))
                {
                    var random = RandomFor("budget:" + key);
                    var cents = actual.Round(Wan).Ticks / Wan.StepTicks;
                    var extra = cents == 0 ? random.Next(50, 2_000) : cents * random.Next(0, 3_000) / 10_000;
                    budget = Amount.FromTicks((cents + extra) * Wan.StepTicks);
                    _budgets[key] = budget;
                }

                return budget;
            }

            return Cell(reference, row) is { } cell && disclosure.GetValue(cell) is { } value ? value.Value.Round(Wan) : null;
        }

        private CellAddress? Cell(string reference, LoopRow? row)
        {
            if (reference.StartsWith("cell.", StringComparison.Ordinal))
            {
                return disclosure.TableSet.CellFor(reference) is { } c && Printed(c) ? c : null;
            }

            var open = reference.IndexOf('[', StringComparison.Ordinal);
            if (open < 0 || reference[^1] != ']')
            {
                return null;
            }

            var head = reference[..open];
            var inside = reference[(open + 1)..^1];
            Table? table;
            RowKey key;
            string columns;
            if (head == "@")
            {
                if (row is null)
                {
                    return null;
                }

                table = row.Table;
                key = row.Key;
                columns = inside;
            }
            else
            {
                table = disclosure.FindTableByRole(head);
                var comma = inside.IndexOf(',', StringComparison.Ordinal);
                if (table is null || comma < 0)
                {
                    return null;
                }

                var rowText = inside[..comma];
                columns = inside[(comma + 1)..];
                var found = rowText.Split('|', StringSplitOptions.TrimEntries).Select(alternative => FindRow(table, alternative)).FirstOrDefault(k => k is not null);
                if (found is not { } k)
                {
                    return null;
                }

                key = k;
            }

            if (table.IsIncomplete || !table.Contains(key))
            {
                return null;
            }

            var candidates = columns == "*"
                ? table.Definition.Columns.Where(c => c.Kind == ColumnKind.Amount).Select(c => c.Id)
                : columns.Split('|', StringSplitOptions.TrimEntries);
            foreach (var column in candidates)
            {
                var address = new CellAddress(table.Id, key, column);
                if (table.Definition.FindColumn(column) is not null && Printed(address))
                {
                    return address;
                }
            }

            return null;
        }

        /// <summary>A row by <c>合计</c>, <c>~label</c> (printed label, ordinal ignored) or row key (<c>I:收入总计</c>), when the table has it.</summary>
        private static RowKey? FindRow(Table table, string text)
        {
            RowKey? key = text == "合计" ? RowKey.Total
                : text.StartsWith('~') ? table.Rows.FirstOrDefault(r => SubjectNames.Equivalent(SubjectNames.WithoutOrdinal(r.Label ?? r.Key.Text ?? table.Definition.FindLine(r.Key)?.Label ?? string.Empty), text[1..]))?.Key
                : RowKey.TryParse(text, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            return key is { } k && table.Contains(k) ? k : null;
        }

        private bool Printed(CellAddress cell)
            => disclosure.FindTable(cell.TableId) is { IsIncomplete: false } table && table.Contains(cell.Row) && table.IsPrinted(cell.ColumnId) && table.GetValue(cell.Row, cell.ColumnId) is not null;

        /// <summary>增加 D 万元，增长 R% / 减少 D 万元，下降 R% / 持平, against a last-year figure made up once per REF.</summary>
        private string? Change(string reference, LoopRow? row)
        {
            if (AmountOf(reference, row) is not { } value)
            {
                return null;
            }

            var key = Key(reference, row);
            if (!_priors.TryGetValue(key, out var prior))
            {
                var random = RandomFor("prior:" + key);
                var cents = value.Ticks / Wan.StepTicks;
                long priorCents = cents == 0 ? random.Next(50, 5_000)
                    : random.Next(12) == 0 ? cents
                    : Math.Max(1, cents * random.Next(60, 141) / 100);
                prior = Amount.FromTicks(priorCents * Wan.StepTicks);
                _priors[key] = prior;
            }

            var difference = value - prior;
            if (difference.IsZero)
            {
                return "持平";
            }

            var rate = RateText(difference.Ticks < 0 ? -difference : difference, prior);
            return difference.Ticks > 0
                ? $"增加{Print(difference)}万元，增长{rate}"
                : $"减少{Print(-difference)}万元，下降{rate}";
        }

        private string? Rate(string argument, LoopRow? row)
        {
            var slash = argument.IndexOf('/', StringComparison.Ordinal);
            if (AmountOf(argument[..slash], row) is not { } part || AmountOf(argument[(slash + 1)..], row) is not { } total || total.IsZero)
            {
                return null;
            }

            return RateText(part, total);
        }

        /// <summary>part ÷ total × 100, rounded (四舍五入) as <c>CompareRate</c> rounds it.</summary>
        private string RateText(Amount part, Amount total)
        {
            var computed = (decimal)part.Ticks * 100m / total.Ticks;
            return decimal.Round(computed, options.RateDecimals, MidpointRounding.AwayFromZero).ToString("F" + options.RateDecimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
        }

        private string Print(Amount amount)
        {
            var text = amount.Round(Wan).ToPlainString(Wan);
            if (!options.GroupDigits)
            {
                return text;
            }

            var dot = text.IndexOf('.', StringComparison.Ordinal);
            var whole = dot < 0 ? text : text[..dot];
            var negative = whole.StartsWith('-');
            var digits = negative ? whole[1..] : whole;
            var grouped = new StringBuilder();
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    grouped.Append(',');
                }

                grouped.Append(digits[i]);
            }

            return (negative ? "-" : string.Empty) + grouped + (dot < 0 ? string.Empty : text[dot..]);
        }

        private static string Key(string reference, LoopRow? row) => reference.StartsWith('@') && row is not null ? row.Key + reference : reference;

        /// <summary>A random source per made-up figure: the seed and a stable hash of the figure's key (FNV-1a).</summary>
        private Random RandomFor(string key)
        {
            var hash = 2166136261u;
            foreach (var c in key)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return new Random(unchecked((int)hash ^ options.Seed));
        }
    }

    /// <summary>The row an <c>@each</c> is at.</summary>
    private sealed record LoopRow(Table Table, RowKey Key, string Name, string Path, int Number);
}
