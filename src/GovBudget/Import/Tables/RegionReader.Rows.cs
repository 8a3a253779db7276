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

        /// <summary>The code printed before the name (two-sided summaries of the older layout: 201 一般公共服务支出).</summary>
        public string? Code { get; init; }

        /// <summary>The block of a summary printed in three blocks side by side (0 for the first).</summary>
        public int Block { get; set; }

        /// <summary>The left edge of the side-by-side block the row was printed in.</summary>
        public decimal BlockLeft { get; set; }

        /// <summary>The block's place on its line, and how many blocks the line printed.</summary>
        public int BlockOrdinal { get; set; }

        public int BlocksOnLine { get; set; } = 1;
    }

    private void ReadTree(List<PageLine> body, List<ImportedRow> rows, List<ImportedColumn> columns, List<ImportIssue> issues)
    {
        var pending = new List<PendingRow>();
        var segments = new List<int>();
        var header = new List<PageLine>();
        RowKey? department = null;
        RowKey? unit = null;
        RowKey? category = null;
        var takesTotal = Spec.RowKinds.Contains(RowKeyKind.Total);
        var hasTextColumns = Spec.Columns.Any(c => c.Kind == ColumnKind.Text);
        var segment = 0;
        PageLine? previous = null;
        (PendingRow Row, string Text, List<LayoutWord> Words, PageLine Line)? lastWrap = null;
        var elided = false;
        foreach (var line in body)
        {
            if (previous is not null && (previous.Page != line.Page || line.Line - previous.Line > 1))
            {
                segment++; // a page break or a blank line: the extraction may lay the columns out anew
            }

            previous = line;
            if (pending.Count == 0 && IsHeaderLine(line))
            {
                header.Add(line);
                continue;
            }

            if (ContinuesNumbers(line, pending))
            {
                continue;
            }

            var stop = false;
            var blocks = SplitBlocks(line.Words, hasTextColumns);
            for (var b = 0; b < blocks.Count; b++)
            {
                var before = pending.Count;
                if (!ReadBlock(line, blocks[b]))
                {
                    stop = true;
                    break;
                }

                if (pending.Count > before)
                {
                    pending[^1].BlockLeft = blocks[b][0].Box.Left;
                    pending[^1].BlockOrdinal = b;
                    pending[^1].BlocksOnLine = blocks.Count;
                }
            }

            if (stop)
            {
                break;
            }
        }

        KeyRepeatedCategoriesByParent(pending);
        var amountColumns = MatchColumns(header, pending.Select(p => p.Values.Count).DefaultIfEmpty(0).Max(), columns, issues, out var headerRanges);
        var textColumns = Spec.Columns.Where(c => c.Kind == ColumnKind.Text).ToList();
        var assigned = AssignBySegment(pending, segments, amountColumns.Count, headerRanges, out var leftToRight);
        OrderByBlock(pending, assigned);
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
                if (column == ColumnAssigner.Unplaced)
                {
                    issues.Add(new ImportIssue(ImportIssueKind.NotUnderstood, word.Page, p.Line.Line, word.Box, word.Text, "value under no recognised column header", Spec.TableId));
                    continue;
                }

                cells.Add(Cell(amountColumns[column].Id, word));
            }

            if (p.Values.Count > amountColumns.Count)
            {
                issues.Add(Issue(ImportIssueKind.NotUnderstood, p.Line, $"{p.Values.Count} values for {amountColumns.Count} columns"));
            }

            rows.Add(new ImportedRow(p.Key, p.Label, p.Parent, [.. cells], p.Line.Page, p.Line.Line, Union(p.Words)));
        }

        bool ReadBlock(PageLine line, List<LayoutWord> words)
        {
            if (words.Count > 0 && words.All(w => ImportText.IsEllipsis(w.Text)))
            {
                // A template's "more rows here" (…): no row, and not a wrapped name of the row above.
                if (!elided)
                {
                    issues.Add(new ImportIssue(ImportIssueKind.Assumption, line.Page, line.Line, Union(words), string.Join(' ', words.Select(w => w.Text)), "rows elided in the print (…): read as no rows", Spec.TableId));
                    elided = true;
                }

                lastWrap = null;
                return true;
            }

            var hasText = words.Any(w => !ImportText.IsValue(w.Text) && !ImportText.IsProjectCode(w.Text));
            var i = 0;
            var code = new List<LayoutWord>();
            while (i < words.Count && code.Count < 3 && hasText && IsCodePart(words[i].Text) && words.Skip(i + 1).Any(w => !ImportText.IsValue(w.Text)))
            {
                code.Add(words[i++]);
            }

            var label = new List<LayoutWord>();

            // A code printed with its values but no name, the name wrapped around it (pdftotext of a cell centred
            // vertically: 机关事业单位基本养老保险缴费 / 2080505 6.18 6.18 / 支出): the line just above, read as the rest of
            // the row before, is the first part of this row's name (the line below follows as a wrapped name).
            if (code.Count == 0 && words.Count >= 2 && ImportText.IsDigits(words[0].Text) && words[0].Text.Length is 3 or 5 or 7
                && words.Skip(1).All(w => ImportText.IsDecimalValue(w.Text))
                && lastWrap is { } wrap && wrap.Line.Page == line.Page && line.Line - wrap.Line.Line == 1
                && pending.Count > 0 && pending[^1] == wrap.Row && wrap.Row.Label is { } wrapped && wrapped.EndsWith(wrap.Text, StringComparison.Ordinal)
                && wrapped.Length > wrap.Text.Length)
            {
                wrap.Row.Label = wrapped[..^wrap.Text.Length];
                wrap.Row.Words.RemoveAll(wrap.Words.Contains);
                code.Add(words[i++]);
                label.AddRange(wrap.Words);
            }

            lastWrap = null;
            while (i < words.Count && !ImportText.IsValue(words[i].Text))
            {
                label.Add(words[i++]);
            }

            // 项目单位 printed after the project name: a known unit name at the end of the label is that text cell.
            var unitText = new List<LayoutWord>();
            while (hasTextColumns && label.Count > 1 && _context.UnitCodesByName.ContainsKey(ImportText.Compact(label[^1].Text)))
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

            // A header word alone (支出, 项目) right under a row whose name has no values of its own line is the end of that
            // name (机关事业单位基本养老保险缴费 / 2080505 6.18 6.18 / 支出), not a header.
            var endsAName = row.Values.Count == 0 && code.Count == 0 && pending.Count > 0 && pending[^1].Line.Page == line.Page
                && line.Line - pending[^1].Line.Line == 1 && pending[^1].Line.Words.Count > 0 && ImportText.IsDigits(pending[^1].Line.Words[0].Text);
            if (compact.StartsWith("栏次", StringComparison.Ordinal) || (HeaderWords.Contains(compact) && row.Values.All(v => ImportText.IsDigits(v.Text)) && !endsAName))
            {
                return true;
            }

            if (code.Count == 0 && label.Count > 0 && row.Values.Count == 0 && row.Texts.Count == 0 && pending.Count > 0)
            {
                if (IsRepeatedHeader(header, line))
                {
                    return true;
                }

                if (label.Select(w => FixedLine(ImportText.Compact(w.Text))).ToList() is var fixedLines && fixedLines.All(k => k is not null))
                {
                    // Fixed lines that print no values (人员经费合计 and 公用经费合计 of an empty template), not a wrapped name.
                    for (var f = 0; f < fixedLines.Count; f++)
                    {
                        if (pending.All(p => p.Key != fixedLines[f]!.Value))
                        {
                            var lineRow = new PendingRow { Line = line, Key = fixedLines[f]!.Value, Label = label[f].Text };
                            lineRow.Words.Add(label[f]);
                            pending.Add(lineRow);
                            segments.Add(segment);
                        }
                    }

                    return true;
                }

                // A name wrapped onto the next line.
                var last = pending[^1];
                last.Label = (last.Label ?? string.Empty) + labelText;
                last.Words.AddRange(words);
                lastWrap = (last, labelText!, words, line);
                return true;
            }

            if (code.Count == 0 && label.Count == 0 && pending.Count > 0 && pending[^1].Values.Count == 0 && pending[^1].Key != RowKey.Total)
            {
                // A 类 (or any row) printed on a line of its own, its values on the next.
                pending[^1].Values.AddRange(row.Values);
                pending[^1].Words.AddRange(words);
                return true;
            }

            RowKey? key = ResolveTreeKey(code, compact, row, takesTotal && !pending.Any(p => p.Key == RowKey.Total));
            if (key is null && code.Count == 0 && label.Count > 0 && row.Values.Count > 0 && pending.Count > 0 && pending[^1].Values.Count == 0 && pending[^1].Key != RowKey.Total)
            {
                // A name wrapped onto the next line, the values printed beside its last part.
                var last = pending[^1];
                last.Label = (last.Label ?? string.Empty) + labelText;
                last.Values.AddRange(row.Values);
                last.Words.AddRange(words);
                return true;
            }

            if (key is null)
            {
                issues.Add(new ImportIssue(ImportIssueKind.NotUnderstood, line.Page, line.Line, Union(words), string.Join(' ', words.Select(w => w.Text)), "row not understood (no code, fixed line or known name)", Spec.TableId));
                return true;
            }

            if (key.Value.Kind is RowKeyKind.Functional or RowKeyKind.Economic && pending.Any(p => p.Key == key.Value))
            {
                // The codes start again: the rest is another table whose title was not printed (or was lost).
                Overflow.AddRange(body.SkipWhile(l => l != line));
                return false;
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
            segments.Add(segment);
            return true;
        }
    }

    /// <summary>
    /// A category printed under several units (本级支出项目 under each unit of 表10) names one category per unit: each is
    /// keyed by its parent's code and its name (<c>302001/本级支出项目</c>), and its projects are put under that key. A
    /// category printed once keeps its name as its key.
    /// </summary>
    private static void KeyRepeatedCategoriesByParent(List<PendingRow> pending)
    {
        var repeated = pending.Where(p => p.Key.Kind == RowKeyKind.Category).GroupBy(p => p.Key)
            .Where(g => g.Count() > 1 && g.Select(p => p.Parent).Distinct().Count() == g.Count() && g.All(p => p.Parent?.Text is not null))
            .Select(g => g.Key).ToHashSet();
        if (repeated.Count == 0)
        {
            return;
        }

        var current = new Dictionary<RowKey, RowKey>();
        foreach (var row in pending)
        {
            if (row.Parent is { } parent && current.TryGetValue(parent, out var renamed))
            {
                row.Parent = renamed;
            }

            if (repeated.Contains(row.Key))
            {
                var key = RowKey.Category(row.Parent!.Value.Text + "/" + row.Key.Text);
                current[row.Key] = key;
                row.Key = key;
            }
        }
    }

    /// <summary>
    /// Rows of side-by-side blocks (公开06: 301 and 303 on the left, 302 and 310 on the right) were read line by line,
    /// the blocks interleaved; a reader reads each block down before the next, so the rows are put in that order. A row
    /// printed alone on its line (30299 under the right block, once the left one has ended) belongs to the block whose
    /// left edge is nearest.
    /// </summary>
    private static void OrderByBlock<T>(List<PendingRow> pending, List<T> assigned)
    {
        var starts = pending.Where(p => p.BlocksOnLine > 1).GroupBy(p => p.BlockOrdinal).OrderBy(g => g.Key)
            .Select(g => g.Select(p => p.BlockLeft).Order().ElementAt(g.Count() / 2)).ToList();
        if (starts.Count < 2)
        {
            return;
        }

        int BlockOf(PendingRow p) => p.BlocksOnLine > 1
            ? p.BlockOrdinal
            : starts.Select((s, i) => (Distance: Math.Abs(s - p.BlockLeft), Index: i)).MinBy(x => x.Distance).Index;

        var ordered = pending.Select((p, i) => (Row: p, Assigned: assigned[i], Block: BlockOf(p), Index: i))
            .OrderBy(x => x.Block).ThenBy(x => x.Index).ToList();
        pending.Clear();
        assigned.Clear();
        pending.AddRange(ordered.Select(x => x.Row));
        assigned.AddRange(ordered.Select(x => x.Assigned));
    }

    /// <summary>The fixed line of the table printed with this (compact) name, if any.</summary>
    private RowKey? FixedLine(string compact)
    {
        var stripped = ImportText.StripOrdinal(compact);
        return Spec.Lines.FirstOrDefault(l => l.Labels.Any(x => ImportText.Compact(x) == stripped)) is { } line ? line.Key : null;
    }

    private static bool IsCodePart(string word) => (ImportText.IsDigits(word) && word.Length != 4) || ImportText.IsProjectCode(word);

    /// <summary>Header lines before the first row: no code starts them and they print no amounts (栏次 numbers at most).</summary>
    private static bool IsHeaderLine(PageLine line)
    {
        var compact = line.Compact;
        if (compact is "合计" or "总计"
            || ((compact.StartsWith("合计", StringComparison.Ordinal) || compact.StartsWith("总计", StringComparison.Ordinal)) && line.Words.Any(w => ImportText.IsValue(w.Text))))
        {
            return false;
        }

        if (line.Words.Count > 1 && IsCodePart(line.Words[0].Text) && !ImportText.IsValue(line.Words[1].Text))
        {
            return false;
        }

        return line.Words.All(w => !ImportText.IsValue(w.Text) || ImportText.IsDigits(w.Text));
    }

    /// <summary>
    /// A line of digits only, each under a value of the row above: the extraction broke those numbers over two lines
    /// (<c>9.0</c> / <c>0</c>); the digits are joined to the values.
    /// </summary>
    private static bool ContinuesNumbers(PageLine line, List<PendingRow> pending)
    {
        if (pending.Count == 0 || line.Words.Count == 0 || !line.Words.All(w => ImportText.IsDigits(w.Text) && w.Text.Length <= 2))
        {
            return false;
        }

        var above = pending.Where(p => p.Line == pending[^1].Line).SelectMany(p => p.Values).ToList();
        var matches = new List<(LayoutWord Digits, int Index, PendingRow Row)>();
        foreach (var word in line.Words)
        {
            var row = pending.LastOrDefault(p => p.Line == pending[^1].Line && p.Values.Any(v => Overlaps(v, word)));
            if (row is null)
            {
                return false;
            }

            matches.Add((word, row.Values.FindIndex(v => Overlaps(v, word)), row));
        }

        foreach (var (digits, index, row) in matches)
        {
            var value = row.Values[index];
            if (!value.Text.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var (digits, index, row) in matches)
        {
            var value = row.Values[index];
            row.Values[index] = new LayoutWord(value.Text + digits.Text, value.Box.Union(digits.Box), value.Page);
            row.Words.Add(digits);
        }

        return above.Count > 0;
    }

    private static bool Overlaps(LayoutWord a, LayoutWord b) => Math.Min(a.Box.Right, b.Box.Right) > Math.Max(a.Box.Left, b.Box.Left);

    /// <summary>
    /// Splits a line into side-by-side blocks (公开06 prints three code/name/value blocks on one line): a code after a
    /// label or value starts a block, and so does a label after a value when the table has no text columns.
    /// </summary>
    private static List<List<LayoutWord>> SplitBlocks(List<LayoutWord> words, bool hasTextColumns)
    {
        var blocks = new List<List<LayoutWord>> { new() };
        var seenLabel = false;
        var seenValue = false;
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            var isValue = ImportText.IsValue(text);
            var startsCode = IsCodePart(text) && ImportText.IsDigits(text) && text.Length is 3 or 5 or 7 && i + 1 < words.Count && !ImportText.IsValue(words[i + 1].Text);
            var startsBlock = (seenLabel || seenValue) && (startsCode || (!isValue && seenValue && !hasTextColumns));
            if (startsBlock)
            {
                blocks.Add([]);
                seenLabel = false;
                seenValue = false;
            }

            blocks[^1].Add(words[i]);
            if (startsCode || (!seenLabel && !seenValue && IsCodePart(text)))
            {
                continue; // a code (or a part of a split code) before the label
            }

            seenLabel |= !isValue;
            seenValue |= isValue;
        }

        return blocks;
    }

    private static List<List<(int Column, LayoutWord Word)>> AssignBySegment(List<PendingRow> pending, List<int> segments, int columns, List<(decimal Left, decimal Right)>? headerRanges, out bool leftToRight)
    {
        leftToRight = false;
        var result = new List<List<(int, LayoutWord)>>(pending.Count);
        // The header's positions are trusted only if every row that prints all columns lies under them.
        List<(decimal Left, decimal Right)>? carried = headerRanges is not null && ColumnAssigner.Agrees(pending.Select(p => p.Values), columns, headerRanges) ? headerRanges : null;
        foreach (var group in pending.Select((p, i) => (Row: p, Segment: segments[i])).GroupBy(x => x.Segment))
        {
            var values = group.Select(x => x.Row.Values).ToList();
            var assigned = ColumnAssigner.Assign(values, columns, carried, out var ltr, out var ranges);
            leftToRight |= ltr;
            carried = ranges ?? carried;
            result.AddRange(assigned);
        }

        return result;
    }

    private static bool IsRepeatedHeader(List<PageLine> header, PageLine line) => header.Any(h => h.Compact == line.Compact);

    private RowKey? ResolveTreeKey(List<LayoutWord> code, string label, PendingRow row, bool totalFree)
    {
        var kinds = Spec.RowKinds;
        if (code.Count > 0)
        {
            // Split 类/款/项 columns: a 款 or 项 printed without its leading zero ("302 2" for 30202, 万里街道 2024 表8) is padded.
            var digits = code.Count > 1 && code[0].Text.Length == 3 && code.Skip(1).All(c => ImportText.IsDigits(c.Text) && c.Text.Length is 1 or 2)
                ? code[0].Text + string.Concat(code.Skip(1).Select(c => c.Text.PadLeft(2, '0')))
                : string.Concat(code.Select(c => c.Text));
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
        if (MatchColumnNumbers(header, specColumns) is { } numbered)
        {
            ranges = [.. numbered.Select(n => ToRuledCell(n.Word.Page, n.Word.Box.Left, n.Word.Box.Right))];
            printed.AddRange(numbered.Select(n => new ImportedColumn(n.Column.Id, "栏次 " + n.Word.Text)));
            return [.. numbered.Select(n => n.Column)];
        }

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
            var page = header.Count > 0 ? header[0].Page : 0;
            ranges = [.. boxes.Select(b => ToRuledCell(page, b.Left, b.Right))];
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
            issues.Add(Issue(ImportIssueKind.Assumption, header.Count > 0 ? header[0] : FirstLine, $"header names {matched.Count} columns, rows print {valueCount}: the first {valueCount} taken"));
        }
        else
        {
            result = [.. specColumns.Take(valueCount).Select(c => (c, c.HeaderTexts[0]))];
            issues.Add(Issue(ImportIssueKind.NotUnderstood, header.Count > 0 ? header[0] : FirstLine, $"header not understood: {matched.Count} columns recognised, rows print {valueCount}"));
        }

        printed.AddRange(result.Select(r => new ImportedColumn(r.Column.Id, r.Header)));
        return [.. result.Select(r => r.Column)];
    }

    /// <summary>
    /// Where the page draws vertical ruling lines (PDF), a header's column is the whole ruled cell around it, so that a
    /// value anywhere in the cell (right-aligned under a centred header) is placed in it.
    /// </summary>
    private (decimal Left, decimal Right) ToRuledCell(int page, decimal left, decimal right)
    {
        if (!_context.VerticalRulesByPage.TryGetValue(page, out var xs))
        {
            return (left, right);
        }

        var center = (left + right) / 2;
        for (var i = 0; i + 1 < xs.Length; i++)
        {
            if (xs[i] <= center && center <= xs[i + 1])
            {
                return (xs[i], xs[i + 1]);
            }
        }

        return (left, right);
    }

    /// <summary>The printed 栏次 line (<c>栏次 1 2 3</c>): each number names the column of that number, and where it is.</summary>
    private static List<(ImportColumnSpec Column, LayoutWord Word)>? MatchColumnNumbers(List<PageLine> header, List<ImportColumnSpec> specColumns)
    {
        foreach (var line in header)
        {
            if (!line.Compact.Contains("栏次", StringComparison.Ordinal))
            {
                continue;
            }

            var result = new List<(ImportColumnSpec, LayoutWord)>();
            foreach (var word in line.Words.Where(w => ImportText.IsDigits(w.Text)))
            {
                var number = int.Parse(word.Text, System.Globalization.CultureInfo.InvariantCulture);
                if (specColumns.FirstOrDefault(c => c.Number == number) is { } column)
                {
                    result.Add((column, word));
                }
            }

            if (result.Count > 0)
            {
                return result;
            }
        }

        return null;
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
