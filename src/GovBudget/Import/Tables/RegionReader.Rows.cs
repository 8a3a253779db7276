using GovBudget.Classification;
using GovBudget.Import.Layout;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

internal sealed partial class RegionReader
{
    private sealed class PendingRow
    {
        public required PageLine Line { get; init; }

        public RowKey Key { get; set; }

        public string? Label { get; set; }

        public RowKey? Parent { get; set; }

        public List<LayoutWord> Values { get; } = [];

        public List<LayoutWord> Texts { get; } = [];

        public List<LayoutWord> Words { get; } = [];

        public string? Side { get; set; }
    }

    private void ReadTree(List<PageLine> body, List<ImportedRow> rows, List<ImportedColumn> columns, List<ImportIssue> issues)
    {
        var pending = new List<PendingRow>();
        var header = new List<PageLine>();
        RowKey? department = null;
        RowKey? unit = null;
        RowKey? category = null;
        var takesTotal = Spec.RowKinds.Contains(RowKeyKind.Total);
        foreach (var line in body)
        {
            var words = line.Words;
            var hasText = words.Any(w => !ImportText.IsValue(w.Text) && !ImportText.IsProjectCode(w.Text));
            var i = 0;
            var code = new List<LayoutWord>();
            while (i < words.Count && code.Count < 3 && hasText && (ImportText.IsDigits(words[i].Text) || ImportText.IsProjectCode(words[i].Text))
                && words.Skip(i + 1).Any(w => !ImportText.IsValue(w.Text)))
            {
                code.Add(words[i++]);
            }

            var label = new List<LayoutWord>();
            while (i < words.Count && !ImportText.IsValue(words[i].Text))
            {
                label.Add(words[i++]);
            }

            // 项目单位 printed after the project name: a known unit name at the end of the label is that text cell.
            var unitText = new List<LayoutWord>();
            while (Spec.Columns.Any(c => c.Kind == ColumnKind.Text) && label.Count > 1 && _context.UnitCodesByName.ContainsKey(ImportText.Compact(label[^1].Text)))
            {
                unitText.Insert(0, label[^1]);
                label.RemoveAt(label.Count - 1);
            }

            var row = new PendingRow { Line = line };
            row.Texts.AddRange(unitText);
            row.Words.AddRange(words);
            for (; i < words.Count; i++)
            {
                (ImportText.IsValue(words[i].Text) ? row.Values : row.Texts).Add(words[i]);
            }

            var labelText = label.Count == 0 ? null : string.Join(string.Empty, label.Select(w => w.Text));
            var compact = labelText is null ? string.Empty : ImportText.Compact(labelText);
            row.Label = labelText;

            if (pending.Count == 0 && code.Count == 0 && row.Values.All(v => ImportText.IsDigits(v.Text)) && compact != "合计")
            {
                header.Add(line); // header lines, 栏次 lines
                continue;
            }

            if (HeaderWords.Contains(compact) || compact.StartsWith("栏次", StringComparison.Ordinal))
            {
                continue;
            }

            if (code.Count == 0 && label.Count > 0 && row.Values.Count == 0 && row.Texts.Count == 0 && pending.Count > 0)
            {
                if (IsRepeatedHeader(header, line))
                {
                    continue;
                }

                // A name wrapped onto the next line.
                var last = pending[^1];
                last.Label = (last.Label ?? string.Empty) + labelText;
                last.Words.AddRange(words);
                continue;
            }

            if (code.Count == 0 && label.Count == 0 && pending.Count > 0 && pending[^1].Values.Count == 0 && pending[^1].Key != RowKey.Total)
            {
                // A 类 (or any row) printed on a line of its own, its values on the next.
                pending[^1].Values.AddRange(row.Values);
                pending[^1].Words.AddRange(words);
                continue;
            }

            RowKey? key = ResolveTreeKey(code, compact, row, takesTotal && !pending.Any(p => p.Key == RowKey.Total));
            if (key is null)
            {
                issues.Add(Issue(ImportIssueKind.NotUnderstood, line, "row not understood (no code, fixed line or known name)"));
                continue;
            }

            row.Key = key.Value;
            if (Spec.RowKinds.Contains(RowKeyKind.Project))
            {
                switch (key.Value.Kind)
                {
                    case RowKeyKind.Unit when key.Value.Text!.Length <= 3 || department is null:
                        department = key;
                        unit = null;
                        category = null;
                        break;
                    case RowKeyKind.Unit:
                        row.Parent = department;
                        unit = key;
                        category = null;
                        break;
                    case RowKeyKind.Category:
                        row.Parent = unit ?? department;
                        category = key;
                        break;
                    case RowKeyKind.Project:
                        row.Parent = category ?? unit ?? department;
                        break;
                }
            }

            pending.Add(row);
        }

        var amountColumns = MatchColumns(header, pending.Select(p => p.Values.Count).DefaultIfEmpty(0).Max(), columns, issues, out var headerRanges);
        var textColumns = Spec.Columns.Where(c => c.Kind == ColumnKind.Text).ToList();
        var assigned = ColumnAssigner.Assign([.. pending.Select(p => p.Values)], amountColumns.Count, headerRanges, out var leftToRight);
        if (leftToRight && pending.Count > 0)
        {
            issues.Add(Issue(ImportIssueKind.Assumption, pending[0].Line, "columns are not aligned: values of rows with blanks were assigned left to right"));
        }

        for (var r = 0; r < pending.Count; r++)
        {
            var p = pending[r];
            var cells = new List<ImportedCell>();
            for (var t = 0; t < p.Texts.Count; t++)
            {
                if (t < textColumns.Count)
                {
                    cells.Add(Cell(textColumns[t].Id, p.Texts[t]));
                }
                else
                {
                    issues.Add(Issue(ImportIssueKind.NotUnderstood, p.Line, $"text '{p.Texts[t].Text}' beside the values"));
                }
            }

            foreach (var (column, word) in assigned[r])
            {
                cells.Add(Cell(amountColumns[column].Id, word));
            }

            if (p.Values.Count > amountColumns.Count)
            {
                issues.Add(Issue(ImportIssueKind.NotUnderstood, p.Line, $"{p.Values.Count} values for {amountColumns.Count} columns"));
            }

            rows.Add(new ImportedRow(p.Key, p.Label, p.Parent, [.. cells], p.Line.Page, p.Line.Line, Union(p.Words)));
        }
    }

    private static bool IsRepeatedHeader(List<PageLine> header, PageLine line) => header.Any(h => h.Compact == line.Compact);

    private RowKey? ResolveTreeKey(List<LayoutWord> code, string label, PendingRow row, bool totalFree)
    {
        var kinds = Spec.RowKinds;
        if (code.Count > 0)
        {
            var digits = string.Concat(code.Select(c => c.Text));
            if (code.Count == 1 && ImportText.IsProjectCode(digits) && kinds.Contains(RowKeyKind.Project))
            {
                return RowKey.Project(digits);
            }

            var unitLike = kinds.Contains(RowKeyKind.Unit) && code.Count == 1
                && (digits.Length is not (3 or 5 or 7) || (digits.Length == 3 && _context.ClassByName(label)?.ToString() != digits));
            if (!unitLike && kinds.Contains(RowKeyKind.Economic) && digits.Length is 3 or 5 && EconomicCode.TryParse(digits, out var economic))
            {
                return RowKey.Economic(economic);
            }

            if (!unitLike && kinds.Contains(RowKeyKind.Functional) && digits.Length is 3 or 5 or 7 && FunctionalCode.TryParse(digits, out var functional))
            {
                return RowKey.Functional(functional);
            }

            if (kinds.Contains(RowKeyKind.Unit) && code.Count == 1 && digits.Length >= 3)
            {
                if (row.Label is { } name)
                {
                    _context.UnitCodesByName[ImportText.Compact(name)] = digits;
                }

                return RowKey.Unit(digits);
            }

            if (kinds.Contains(RowKeyKind.Category) && digits.Length <= 2 && label.Length > 0)
            {
                return RowKey.Category(row.Label!.Trim());
            }

            return null;
        }

        if (label is "合计" or "总计")
        {
            return kinds.Contains(RowKeyKind.Total) ? RowKey.Total : null;
        }

        if (label.Length == 0)
        {
            return row.Values.Count > 0 && totalFree ? RowKey.Total : null;
        }

        var stripped = ImportText.StripOrdinal(label);
        foreach (var line in Spec.Lines)
        {
            if (line.Labels.Any(l => ImportText.Compact(l) == stripped))
            {
                return line.Key;
            }
        }

        if (kinds.Contains(RowKeyKind.Unit) && _context.UnitCodesByName.TryGetValue(label, out var unitCode))
        {
            return RowKey.Unit(unitCode);
        }

        if (kinds.Contains(RowKeyKind.Project) && row.Texts.Count > 0)
        {
            return RowKey.Project(row.Label!.Trim());
        }

        if (kinds.Contains(RowKeyKind.Category) && label.EndsWith("项目", StringComparison.Ordinal))
        {
            return RowKey.Category(row.Label!.Trim());
        }

        return null;
    }

    /// <summary>
    /// Matches the header to the spec's amount columns: each column's header texts are looked for in the joined header
    /// text in printed (spec) order; <paramref name="valueCount"/> (the most values any row prints) checks the result.
    /// </summary>
    private List<ImportColumnSpec> MatchColumns(List<PageLine> header, int valueCount, List<ImportedColumn> printed, List<ImportIssue> issues, out List<(decimal Left, decimal Right)>? ranges, string? side = null)
    {
        var specColumns = Spec.Columns.Where(c => c.Kind == ColumnKind.Amount && (side is null || c.Side is null || c.Side == side)).ToList();
        var owners = new List<LayoutWord>();
        var textBuilder = new System.Text.StringBuilder();
        foreach (var word in header.SelectMany(h => h.Words))
        {
            var c = ImportText.Compact(word.Text);
            textBuilder.Append(c);
            owners.AddRange(Enumerable.Repeat(word, c.Length));
        }

        var text = textBuilder.ToString();
        var consumed = new bool[text.Length];
        var boxes = new List<(ImportColumnSpec Column, decimal Left, decimal Right)>();
        var matched = new List<(ImportColumnSpec Column, string Header)>();
        var cursor = 0;
        foreach (var column in specColumns)
        {
            var hit = Find(column, text, cursor, consumed);
            if (hit is { } h)
            {
                for (var k = h.Start; k < h.Start + h.Text.Length; k++)
                {
                    consumed[k] = true;
                }

                cursor = Math.Max(cursor, h.Start + h.Text.Length);
                matched.Add((column, h.Text));
                var words = owners.Skip(h.Start).Take(h.Text.Length).ToList();
                boxes.Add((column, words.Min(w => w.Box.Left), words.Max(w => w.Box.Right)));
            }
        }

        var monotonic = boxes.Count > 1;
        for (var k = 0; k + 1 < boxes.Count; k++)
        {
            monotonic &= boxes[k].Right <= boxes[k + 1].Left;
        }

        List<(ImportColumnSpec Column, string Header)> result;
        ranges = null;
        if (monotonic && matched.Count >= valueCount)
        {
            result = matched;
            ranges = [.. boxes.Select(b => (b.Left, b.Right))];
        }
        else if (matched.Count == valueCount || valueCount == 0 && matched.Count > 0)
        {
            result = matched;
        }
        else if (valueCount == specColumns.Count)
        {
            result = [.. specColumns.Select(c => (c, c.HeaderTexts[0]))];
        }
        else if (matched.Count > valueCount)
        {
            result = matched.Take(valueCount).ToList();
            issues.Add(Issue(ImportIssueKind.Assumption, header.Count > 0 ? header[0] : _titles[0], $"header names {matched.Count} columns, rows print {valueCount}: the first {valueCount} taken"));
        }
        else
        {
            result = [.. specColumns.Take(valueCount).Select(c => (c, c.HeaderTexts[0]))];
            issues.Add(Issue(ImportIssueKind.NotUnderstood, header.Count > 0 ? header[0] : _titles[0], $"header not understood: {matched.Count} columns recognised, rows print {valueCount}"));
        }

        printed.AddRange(result.Select(r => new ImportedColumn(r.Column.Id, r.Header)));
        return [.. result.Select(r => r.Column)];
    }

    private static (int Start, string Text)? Find(ImportColumnSpec column, string text, int cursor, bool[] consumed)
    {
        var candidates = column.HeaderTexts.Select(ImportText.Compact).Where(t => t.Length > 0).ToList();
        if (column.Group is { } group)
        {
            candidates.Add(ImportText.Compact(group));
        }

        foreach (var from in new[] { cursor, 0 })
        {
            foreach (var candidate in candidates)
            {
                var start = from;
                while (start <= text.Length - candidate.Length)
                {
                    var at = text.IndexOf(candidate, start, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        break;
                    }

                    var free = true;
                    for (var k = at; k < at + candidate.Length; k++)
                    {
                        free &= !consumed[k];
                    }

                    if (free)
                    {
                        return (at, candidate);
                    }

                    start = at + 1;
                }
            }
        }

        return null;
    }
}
