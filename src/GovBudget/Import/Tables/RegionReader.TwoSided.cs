using GovBudget.Classification;
using GovBudget.Import.Layout;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

internal sealed partial class RegionReader
{
    private const string IncomeSide = "收入";
    private const string ExpenditureSide = "支出";

    /// <summary>
    /// Reads a summary table printed 收入 ‖ 支出: each label on a line starts an entry that owns the line number (行次) and
    /// the values after it; the entry is resolved to a fixed line (by 行次 or label) or to a 类 named by the label.
    /// </summary>
    private void ReadTwoSided(List<PageLine> body, List<ImportedRow> rows, List<ImportedColumn> columns, List<ImportIssue> issues)
    {
        var entries = new List<PendingRow>();
        var header = new List<PageLine>();
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal) { [IncomeSide] = null, [ExpenditureSide] = null };
        var parentLabels = Spec.Lines.Where(l => l.Parent is not null).Select(l => l.Parent!).ToHashSet(StringComparer.Ordinal);
        var bounds = BlockBounds(body);
        var codes = !Spec.HasLineNumbers && (Spec.RowKinds.Contains(RowKeyKind.Functional) || Spec.RowKinds.Contains(RowKeyKind.Economic));
        foreach (var printedLine in body)
        {
            var line = codes ? SplitCodes(printedLine) : printedLine;
            var lineEntries = new List<(PendingRow Row, int? Number)>();
            PendingRow? current = null;
            int? number = null;
            for (var w = 0; w < line.Words.Count; w++)
            {
                var word = line.Words[w];

                // An ordinal printed apart from its label (1. | 一般公共预算资金): the start of the label, not a value.
                var isOrdinal = OrdinalOnlyPattern().IsMatch(word.Text) && w + 1 < line.Words.Count && !ImportText.IsValue(line.Words[w + 1].Text);

                // A 类 printed with its code (201 一般公共服务支出, 301 工资福利支出; the older layout's L1/L6): the code starts
                // an entry keyed by it, the name follows.
                if (codes && ImportText.IsDigits(word.Text) && word.Text.Length is 3 or 5 or 7 && w + 1 < line.Words.Count && !ImportText.IsValue(line.Words[w + 1].Text))
                {
                    current = new PendingRow { Line = line, Code = word.Text };
                    current.Words.Add(word);
                    number = null;
                    lineEntries.Add((current, null));
                    continue;
                }

                var isValue = !isOrdinal && ImportText.IsValue(word.Text);
                if (!isValue)
                {
                    if (current is not null && current.Values.Count == 0 && number is null && lineEntries.Count > 0 && lineEntries[^1].Row == current
                        && (current.Label is null ? current.Code is not null : !LabelResolves(current.Label)) && ImportText.StripOrdinal(ImportText.Compact(word.Text)).Length == ImportText.Compact(word.Text).Length)
                    {
                        current.Label += word.Text; // a label printed in several words
                        current.Words.Add(word);
                        continue;
                    }

                    current = new PendingRow { Line = line, Label = word.Text };
                    current.Words.Add(word);
                    number = null;
                    lineEntries.Add((current, null));
                    continue;
                }

                if (Spec.HasLineNumbers && ImportText.IsDigits(word.Text) && word.Text.Length <= 3)
                {
                    if (current is null || lineEntries[^1].Number is not null || current.Values.Count > 0)
                    {
                        // A line number without a label (a blank line of the other side, or a label lost).
                        current = new PendingRow { Line = line };
                        lineEntries.Add((current, null));
                    }

                    number = int.Parse(word.Text, System.Globalization.CultureInfo.InvariantCulture);
                    lineEntries[^1] = (current, number);
                    current.Words.Add(word);
                    continue;
                }

                if (current is null)
                {
                    current = new PendingRow { Line = line };
                    lineEntries.Add((current, null));
                }

                current.Values.Add(word);
                current.Words.Add(word);
            }

            // A header line: one of its words (or an entry's label) is a header word; words are checked one by one, since a
            // header's words are joined into one label when none of them is a line's label (项目 决算数 项目 合计 …).
            if (line.Words.Any(w => IsHeaderWord(w.Text))
                || lineEntries.Any(e => e.Row.Label is { } l && IsHeaderWord(l)))
            {
                header.Add(line);
                continue;
            }

            var resolvedAny = false;
            var unresolved = new List<PendingRow>();
            for (var e = 0; e < lineEntries.Count; e++)
            {
                var (row, lineNumber) = lineEntries[e];
                row.Block = BlockOf(bounds, row.Words[0]);
                var positionalSide = bounds.Count > 0 ? (row.Block == 0 ? IncomeSide : ExpenditureSide)
                    : e == 0 && lineEntries.Count > 1 ? IncomeSide : e == 0 ? null : ExpenditureSide;
                var resolved = ResolveSummary(row, lineNumber, positionalSide, parents, parentLabels, entries);
                if (resolved)
                {
                    resolvedAny = true;
                    entries.Add(row);
                }
                else if (row.Label is not null || row.Values.Count > 0)
                {
                    unresolved.Add(row);
                }
            }

            if (!resolvedAny && entries.Count == 0)
            {
                header.Add(line);
                continue;
            }

            if (!resolvedAny && line.Words.All(w => !ImportText.IsValue(w.Text)) && !entries.Any(e => e.Line.Page == line.Page))
            {
                continue; // the header repeated at the top of a continuation page (its wrapped pieces: 国有 …)
            }

            foreach (var row in unresolved)
            {
                if (row.Values.Count > 0 || row.Label is { Length: > 0 })
                {
                    issues.Add(new ImportIssue(ImportIssueKind.NotUnderstood, line.Page, line.Line, Union(row.Words), string.Join(' ', row.Words.Select(w => w.Text)), "summary line not understood (no fixed line or 类 with this label)", Spec.TableId));
                }
            }
        }

        var ranked = new List<(int Rank, ImportedRow Row)>();
        var sides = Spec.Columns.Any(c => c.Side is not null) ? new[] { IncomeSide, ExpenditureSide } : new string?[] { null };
        if (bounds.Count > 0)
        {
            // Three blocks side by side (收入 ‖ 支出 by 功能科目 ‖ 支出 by 支出类别): each block's values are placed under the
            // header of that block, and the rows are listed block by block.
            for (var b = 0; b <= bounds.Count; b++)
            {
                var block = b;
                var side = sides.Length == 1 ? null : block == 0 ? IncomeSide : ExpenditureSide;
                var left = block == 0 ? decimal.MinValue : bounds[block - 1];
                var right = block == bounds.Count ? decimal.MaxValue : bounds[block];
                var blockHeader = header.Select(h => new PageLine(h.Page, h.Line, [.. h.Words.Where(w => w.Box.Left >= left && w.Box.Left < right)]))
                    .Where(h => h.Words.Count > 0).ToList();
                AssignColumns(entries.Where(e => e.Block == block).ToList(), blockHeader, side, block);
            }
        }
        else
        {
            foreach (var side in sides)
            {
                var sideRows = entries.Where(e => side is null || e.Side == side).ToList();
                AssignColumns(sideRows, header, side, -1);
            }
        }

        // The income side, then the expenditure side (as the model lists the lines); each in printed order: by page,
        // line, then left to right.
        rows.AddRange(ranked.OrderBy(x => x.Rank).ThenBy(x => x.Row.Page).ThenBy(x => x.Row.Line).ThenBy(x => x.Row.Box.Left).Select(x => x.Row));

        void AssignColumns(List<PendingRow> sideRows, List<PageLine> sideHeader, string? side, int block)
        {
            var printed = new List<ImportedColumn>();
            var sideColumns = MatchColumns(sideHeader, sideRows.Select(r => r.Values.Count).DefaultIfEmpty(0).Max(), printed, issues, out var headerRanges, side);
            columns.AddRange(printed.Where(p => !columns.Any(c => c.ColumnId == p.ColumnId)));
            var trusted = headerRanges is not null && ColumnAssigner.Agrees(sideRows.Select(r => r.Values), sideColumns.Count, headerRanges) ? headerRanges : null;
            var assigned = ColumnAssigner.Assign([.. sideRows.Select(r => r.Values)], sideColumns.Count, trusted, out var leftToRight);
            if (leftToRight && sideRows.Count > 0)
            {
                issues.Add(Issue(ImportIssueKind.Assumption, sideRows[0].Line, "columns are not aligned: values of lines with blanks were assigned left to right"));
            }

            for (var r = 0; r < sideRows.Count; r++)
            {
                var p = sideRows[r];
                if (Spec.HasLineNumbers && p.Values.Count == 0 && p.Key.Kind == RowKeyKind.Line)
                {
                    continue; // a numbered line printed blank: the form prints every line, the document has no figure there
                }

                if (p.Values.Count > sideColumns.Count)
                {
                    issues.Add(Issue(ImportIssueKind.NotUnderstood, p.Line, $"{p.Values.Count} values for {sideColumns.Count} columns"));
                }

                foreach (var (_, word) in assigned[r].Where(a => a.Column == ColumnAssigner.Unplaced))
                {
                    issues.Add(new ImportIssue(ImportIssueKind.NotUnderstood, word.Page, p.Line.Line, word.Box, word.Text, "value under no recognised column header", Spec.TableId));
                }

                var placed = assigned[r].Where(a => a.Column != ColumnAssigner.Unplaced).Select(a => Cell(sideColumns[a.Column].Id, a.Word));
                var rank = block >= 0 ? block : p.Side == ExpenditureSide ? 1 : 0;
                ranked.Add((rank, new ImportedRow(p.Key, p.Label, null, [.. placed], p.Line.Page, p.Line.Line, Union(p.Words))));
            }
        }
    }

    /// <summary>
    /// The left edges of the second and later blocks of a summary printed in three or more blocks side by side (the older
    /// layout's L1/L6: 项目 … ‖ 项目 … ‖ 项目 …), from the header line that names 项目 once per block: the ruled cell of
    /// each 项目 where the page draws rules, else the right edge of the header word before it (a label starts at its
    /// cell's left edge, left of the centred 项目). Empty for one or two
    /// blocks, which are read by side.
    /// </summary>
    private List<decimal> BlockBounds(List<PageLine> body)
    {
        foreach (var line in body)
        {
            if (line.Words.Any(w => ImportText.IsDecimalValue(w.Text)))
            {
                break;
            }

            var items = line.Words.Select((w, i) => (Word: w, Index: i)).Where(x => ImportText.Compact(x.Word.Text).StartsWith("项目", StringComparison.Ordinal)).ToList();
            if (items.Count < 3)
            {
                continue;
            }

            var bounds = new List<decimal>();
            foreach (var (word, index) in items.Skip(1))
            {
                var ruled = ToRuledCell(word.Page, word.Box.Left, word.Box.Right);
                bounds.Add(ruled.Left < word.Box.Left ? ruled.Left : index > 0 ? line.Words[index - 1].Box.Right : word.Box.Left);
            }

            return bounds;
        }

        return [];
    }

    /// <summary>A code and a name printed in one cell (<c>210 卫生健康支出</c>, one word in the PDF) as two words, in the cell's box.</summary>
    private static PageLine SplitCodes(PageLine line)
    {
        if (!line.Words.Any(w => CodeAndNamePattern().IsMatch(w.Text)))
        {
            return line;
        }

        var words = new List<LayoutWord>();
        foreach (var word in line.Words)
        {
            var match = CodeAndNamePattern().Match(word.Text);
            if (match.Success)
            {
                words.Add(word with { Text = match.Groups[1].Value });
                words.Add(word with { Text = match.Groups[2].Value });
            }
            else
            {
                words.Add(word);
            }
        }

        return new PageLine(line.Page, line.Line, words);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})\s+(\D.*)$")]
    private static partial System.Text.RegularExpressions.Regex CodeAndNamePattern();

    private static int BlockOf(List<decimal> bounds, LayoutWord word)
    {
        var block = 0;
        while (block < bounds.Count && word.Box.Left >= bounds[block] - 0.5m)
        {
            block++;
        }

        return block;
    }

    /// <summary>
    /// The label as printed (<c>一、财政拨款收入</c>, ordinal kept), in the spelling of the table's definition where the
    /// print is that label but for spaces and the path of an item under another (<c>本年收入.一般公共预算拨款</c> prints
    /// <c>一般公共预算拨款</c>), else in the set's spelling of a printed label (PDF words carry no spaces).
    /// </summary>
    private string PrintedLabel(string printed, RowKey key, IEnumerable<string> known)
    {
        var compact = ImportText.Compact(printed);
        if (Spec.Definition?.FindLine(key)?.Label is { } defined)
        {
            var path = key.Text is { } text && text.LastIndexOf('.') is var dot and > 0 ? text[..(dot + 1)] : null;
            var shown = path is not null && defined.StartsWith(path, StringComparison.Ordinal) ? defined[path.Length..] : defined;
            if (ImportText.Compact(shown) == compact)
            {
                return defined;
            }
        }

        return known.FirstOrDefault(k => ImportText.Compact(k) == compact) ?? printed.Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}\.$")]
    private static partial System.Text.RegularExpressions.Regex OrdinalOnlyPattern();

    private static bool IsHeaderWord(string text)
    {
        var compact = ImportText.Compact(text);
        return HeaderWords.Contains(compact) || compact.StartsWith("栏次", StringComparison.Ordinal);
    }

    private bool LabelResolves(string? label)
    {
        if (label is null)
        {
            return false;
        }

        var compact = ImportText.StripOrdinal(ImportText.Compact(label));
        return compact is "合计" or "总计" || _context.ClassByName(compact) is not null
            || Spec.Lines.Any(l => l.Labels.Any(x => ImportText.Compact(x) == compact));
    }

    private bool ResolveSummary(PendingRow row, int? number, string? positionalSide, Dictionary<string, string?> parents, HashSet<string> parentLabels, List<PendingRow> entries)
    {
        var label = row.Label is null ? string.Empty : ImportText.StripOrdinal(ImportText.Compact(row.Label));
        if (row.Code is { } printedCode)
        {
            RowKey? byCode = Spec.RowKinds.Contains(RowKeyKind.Economic) && printedCode.Length is 3 or 5 && EconomicCode.TryParse(printedCode, out var economic) ? RowKey.Economic(economic)
                : Spec.RowKinds.Contains(RowKeyKind.Functional) && FunctionalCode.TryParse(printedCode, out var functional) ? RowKey.Functional(functional)
                : null;
            if (byCode is null || label.Length == 0)
            {
                return false;
            }

            row.Key = byCode.Value;
            row.Side = ExpenditureSide;
            row.Label = PrintedLabel(row.Label!, row.Key, []);
            return true;
        }

        if (number is { } n && Spec.HasLineNumbers)
        {
            var byNumber = Spec.Lines.FirstOrDefault(l => l.Key == RowKey.Line(n));
            if (byNumber is null)
            {
                // A numbered line the table kind does not define: blank lines are left out, values are reported.
                return false;
            }

            row.Key = RowKey.Line(n);
            row.Side = byNumber?.Side ?? positionalSide ?? IncomeSide;
            row.Label = byNumber?.Labels[0] ?? (label.Length > 0 ? label : null);
            return true;
        }

        if (label.Length == 0)
        {
            return false;
        }

        var candidates = Spec.Lines.Where(l => l.Labels.Any(x => ImportText.Compact(x) == label)).ToList();
        if (candidates.Count > 0)
        {
            // One side for all candidates (a line printed under another, alone on its line): that side, so that the
            // parent printed above it decides.
            var candidateSides = candidates.Select(c => c.Side).Distinct(StringComparer.Ordinal).ToList();
            var side = candidates.Count == 1 ? candidates[0].Side : positionalSide ?? (candidateSides.Count == 1 ? candidateSides[0] : null);
            var inSide = candidates.Where(c => side is null || c.Side == side).ToList();
            var parent = side is not null && parents.TryGetValue(side, out var p) ? p : null;
            var chosen = inSide.FirstOrDefault(c => c.Parent == parent) ?? inSide.FirstOrDefault(c => c.Parent is null) ?? candidates[0];

            // The label printed again on its side (本年支出合计 of the 支出类别 block, after the one of the 功能科目 block): the
            // line of that label under another parent (支出类别.本年支出合计) that is not read yet.
            if (entries.Any(e => e.Key == chosen.Key) && inSide.FirstOrDefault(c => c != chosen && !entries.Any(e => e.Key == c.Key)) is { } other)
            {
                chosen = other;
            }

            row.Key = chosen.Key;
            row.Side = chosen.Side ?? side;
            row.Label = PrintedLabel(row.Label!, chosen.Key, chosen.Labels);
            if (chosen.Side is { } s && chosen.Parent is null)
            {
                parents[s] = parentLabels.Contains(chosen.Key.Text ?? string.Empty) ? chosen.Key.Text : null;
            }

            return true;
        }

        if (Spec.RowKinds.Contains(RowKeyKind.Functional) && _context.ClassByName(label) is { } code)
        {
            row.Key = RowKey.Functional(code);
            row.Side = ExpenditureSide;
            row.Label = PrintedLabel(row.Label!, row.Key, []);
            return true;
        }

        if (label is "合计" or "总计" && Spec.RowKinds.Contains(RowKeyKind.Total))
        {
            row.Key = RowKey.Total;
            row.Side = positionalSide;
            return true;
        }

        return false;
    }
}
