using GovBudget.Classification;
using GovBudget.Tables;

namespace GovBudget.Rendering.Internal;

/// <summary>Lays a <see cref="Table"/> out as printed: grouped headers, 栏次/行次, codes, names indented by tree level.</summary>
internal static class TableGrids
{
    private const string IncomeSide = "收入";

    /// <summary>The section of one table; <paramref name="setTable"/> (the table of the disclosure's set) gives the side of each column in two-sided tables.</summary>
    public static Section Build(Table table, Labels labels, TableSets.TableSetTable? setTable = null)
    {
        var definition = table.Definition;
        var section = new Section
        {
            Id = definition.Id,
            Title = labels.TableTitle(definition),
            UnitLine = labels.UnitLine(table.Precision),
        };
        section.Grids.Add(IsTwoSided(definition) ? TwoSided(table, labels, setTable) : Plain(table, labels));
        if (table.Remark is { } remark)
        {
            section.Notes.Add(remark);
        }

        if (table.IncompleteReason is { } reason)
        {
            section.Notes.Add(labels.Z("（本表不完整：", "(Incomplete: ") + reason + labels.Z("）", ")"));
        }

        if (definition.PrintedFormulas.Count > 0)
        {
            section.Notes.Add(string.Join("；", definition.PrintedFormulas));
        }

        return section;
    }

    /// <summary>
    /// The rows to draw: for tables of numbered lines only (公开01, 公开04), every line of the kind in printed order, with
    /// lines the source left blank drawn blank; otherwise the printed rows.
    /// </summary>
    private static List<TableRow> AllLines(Table table)
    {
        var definition = table.Definition;
        if (definition.Lines.Count == 0 || definition.RowKinds.Count != 1 || definition.RowKinds[0] != RowKeyKind.Line
            || table.Rows.Any(r => definition.FindLine(r.Key) is null))
        {
            return [.. table.Rows];
        }

        var blank = Enumerable.Repeat(Cell.Empty, definition.Columns.Count).ToArray();
        return definition.Lines
            .Select(line => table.TryGetRow(line.Key, out var row) ? row : new TableRow(line.Key, line.Label, blank))
            .ToList();
    }

    private static bool IsTwoSided(TableDefinition definition)
        => definition.Lines.Any(l => l.Side == IncomeSide) && definition.Lines.Any(l => l.Side == "支出");

    private static Grid Plain(Table table, Labels labels)
    {
        var definition = table.Definition;
        var grid = new Grid();
        var hasCode = table.Rows.Any(r => Code(r).Length > 0);
        var hasLine = definition.RowKinds.Contains(RowKeyKind.Line);
        // Only the columns the document prints (a column not printed is not drawn as blank).
        var shown = Enumerable.Range(0, definition.Columns.Count).Where(table.IsPrinted).Select(i => definition.Columns[i]).ToList();
        var grouped = shown.Any(c => c.Group is not null);
        var headRows = grouped ? 2 : 1;
        var (codeHeader, nameHeader) = LeadHeaders(table, labels);

        var first = new List<GridCell>();
        var second = new List<GridCell>();
        if (hasCode)
        {
            first.Add(new GridCell(codeHeader) { RowSpan = headRows });
            grid.FlatHeaders.Add(codeHeader);
        }

        first.Add(new GridCell(nameHeader) { RowSpan = headRows });
        grid.FlatHeaders.Add(nameHeader);
        if (hasLine)
        {
            first.Add(new GridCell(labels.Z("行次", "Line")) { RowSpan = headRows });
            grid.FlatHeaders.Add(labels.Z("行次", "Line"));
        }

        var columns = shown;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var name = ColumnName(column, labels);
            if (column.Group is not { } group)
            {
                first.Add(new GridCell(name) { RowSpan = headRows });
                grid.FlatHeaders.Add(name);
                continue;
            }

            if (c == 0 || columns[c - 1].Group != group)
            {
                var span = 1;
                while (c + span < columns.Count && columns[c + span].Group == group)
                {
                    span++;
                }

                first.Add(new GridCell(GroupName(definition, group, labels)) { ColSpan = span });
            }

            second.Add(new GridCell(name));
            grid.FlatHeaders.Add(GroupName(definition, group, labels) + "/" + name);
        }

        grid.Head.Add(first);
        if (grouped)
        {
            grid.Head.Add(second);
        }

        if (columns.Any(c => c.Number is not null))
        {
            var numbers = new List<GridCell>();
            var lead = (hasCode ? 1 : 0) + 1 + (hasLine ? 1 : 0);
            numbers.Add(new GridCell(labels.Z("栏次", "Column")));
            numbers.AddRange(Enumerable.Repeat(GridCell.Blank, lead - 1));
            numbers.AddRange(columns.Select(c => new GridCell(c.Number is { } n ? Numbers.Format(n) : string.Empty) { Numeric = true }));
            grid.NumberRow = numbers;
        }

        foreach (var row in AllLines(table))
        {
            var cells = new List<GridCell>();
            if (hasCode)
            {
                cells.Add(new GridCell(Code(row)));
            }

            cells.Add(new GridCell(Label(table, row)) { Indent = Indent(table, row), Name = true });
            if (hasLine)
            {
                cells.Add(new GridCell(row.Key.LineNumber is { } n ? Numbers.Format(n) : string.Empty) { Numeric = true });
            }

            for (var c = 0; c < definition.Columns.Count; c++)
            {
                if (table.IsPrinted(c))
                {
                    cells.Add(ValueCell(table, row, c));
                }
            }

            grid.Body.Add(new GridRow(cells, IsTotal(table, row)));
        }

        return grid;
    }

    /// <summary>
    /// Summary tables printed side by side: 收入 on the left, 支出 on the right and, in the older layout (L1, L6), a
    /// third block by 支出类别/经济分类 after the 支出总计 line. Totals are aligned at the bottom, as printed.
    /// </summary>
    private static Grid TwoSided(Table table, Labels labels, TableSets.TableSetTable? setTable)
    {
        var definition = table.Definition;
        var grid = new Grid();
        var hasLine = definition.RowKinds.Contains(RowKeyKind.Line);
        var (incomeColumns, expenditureColumns) = SplitColumns(definition, setTable);
        incomeColumns.RemoveAll(c => !table.IsPrinted(c));
        expenditureColumns.RemoveAll(c => !table.IsPrinted(c));
        var rows = AllLines(table);
        var income = rows.Where(r => definition.FindLine(r.Key)?.Side == IncomeSide).ToList();
        var expenditure = rows.Where(r => definition.FindLine(r.Key)?.Side != IncomeSide).ToList();
        var blocks = new List<(string Heading, List<TableRow> Rows, List<int> Columns)> { (labels.Z("收入", "Income"), income, incomeColumns) };
        var grandTotal = expenditure.FindIndex(r => Label(table, r).Contains("支出总计", StringComparison.Ordinal));
        if (grandTotal >= 0 && grandTotal < expenditure.Count - 1)
        {
            blocks.Add((labels.Z("支出（按功能分类）", "Expenditure by function"), expenditure[..(grandTotal + 1)], expenditureColumns));
            blocks.Add((labels.Z("支出（按支出类别）", "Expenditure by category"), expenditure[(grandTotal + 1)..], expenditureColumns));
        }
        else
        {
            blocks.Add((labels.Z("支出", "Expenditure"), expenditure, expenditureColumns));
        }

        var first = new List<GridCell>();
        var second = new List<GridCell>();
        var numbers = new List<GridCell>();
        foreach (var (heading, _, columns) in blocks)
        {
            first.Add(new GridCell(heading) { ColSpan = 1 + (hasLine ? 1 : 0) + columns.Count });
            second.Add(new GridCell(labels.Z("项目", "Item")));
            grid.FlatHeaders.Add(heading + "/" + labels.Z("项目", "Item"));
            numbers.Add(new GridCell(labels.Z("栏次", "Column")));
            if (hasLine)
            {
                second.Add(new GridCell(labels.Z("行次", "Line")));
                grid.FlatHeaders.Add(heading + "/" + labels.Z("行次", "Line"));
                numbers.Add(GridCell.Blank);
            }

            foreach (var c in columns)
            {
                var name = ColumnName(definition.Columns[c], labels);
                second.Add(new GridCell(name));
                grid.FlatHeaders.Add(heading + "/" + name);
                numbers.Add(new GridCell(definition.Columns[c].Number is { } n ? Numbers.Format(n) : string.Empty) { Numeric = true });
            }
        }

        grid.Head.Add(first);
        grid.Head.Add(second);
        if (definition.Columns.Any(c => c.Number is not null))
        {
            grid.NumberRow = numbers;
        }

        var split = blocks.Select(b => SplitFoot(table, b.Rows)).ToList();
        var body = split.Max(b => b.Body.Count);
        var foot = split.Max(b => b.Foot.Count);
        var padded = split.Select(b => Pad(b.Body, b.Foot, body, foot)).ToList();
        for (var i = 0; i < body + foot; i++)
        {
            var cells = new List<GridCell>();
            var strong = false;
            for (var b = 0; b < blocks.Count; b++)
            {
                var row = padded[b][i];
                Side(cells, table, row, blocks[b].Columns, hasLine);
                strong |= row is not null && IsTotal(table, row);
            }

            grid.Body.Add(new GridRow(cells, strong));
        }

        return grid;
    }

    private static List<TableRow?> Pad(List<TableRow> body, List<TableRow> foot, int bodyCount, int footCount)
    {
        var result = new List<TableRow?>(bodyCount + footCount);
        result.AddRange(body);
        result.AddRange(Enumerable.Repeat<TableRow?>(null, bodyCount - body.Count + footCount - foot.Count));
        result.AddRange(foot);
        return result;
    }

    private static (List<TableRow> Body, List<TableRow> Foot) SplitFoot(Table table, List<TableRow> rows)
    {
        var index = rows.FindIndex(r => IsTotal(table, r));
        return index < 0 ? (rows, []) : (rows[..index], rows[index..]);
    }

    private static void Side(List<GridCell> cells, Table table, TableRow? row, List<int> columns, bool hasLine)
    {
        // Where a summary lists 功能 and 经济 classes among its lines (the older layout's L1/L6), each is printed with its
        // code before its name, as published (201 一般公共服务支出, 301 工资福利支出): the names alone are ambiguous (其他支出).
        var kinds = table.Definition.RowKinds;
        var withCodes = kinds.Contains(RowKeyKind.Functional) && kinds.Contains(RowKeyKind.Economic);
        var code = !withCodes ? string.Empty : row?.Key.Kind switch
        {
            RowKeyKind.Functional => row.Key.FunctionalCode!.Value.ToString() + " ",
            RowKeyKind.Economic => row.Key.EconomicCode!.Value.ToString() + " ",
            _ => string.Empty,
        };
        cells.Add(row is null ? GridCell.Blank : new GridCell(code + Label(table, row)) { Indent = Indent(table, row), Name = true });
        if (hasLine)
        {
            cells.Add(row?.Key.LineNumber is { } n ? new GridCell(Numbers.Format(n)) { Numeric = true } : GridCell.Blank);
        }

        foreach (var c in columns)
        {
            cells.Add(row is null ? GridCell.Blank : ValueCell(table, row, c));
        }
    }

    /// <summary>
    /// The columns of each side, as the table set declares them (<see cref="TableSets.TableSetColumn.Side"/>): a column
    /// without a side (表1 预算数) is printed on both sides; a table outside its set, with no sides, prints every column on both.
    /// </summary>
    private static (List<int> Income, List<int> Expenditure) SplitColumns(TableDefinition definition, TableSets.TableSetTable? setTable)
    {
        var income = new List<int>();
        var expenditure = new List<int>();
        for (var c = 0; c < definition.Columns.Count; c++)
        {
            var side = setTable?.Columns.FirstOrDefault(s => s.ColumnId == definition.Columns[c].Id)?.Side;
            if (side != "支出")
            {
                income.Add(c);
            }

            if (side != IncomeSide)
            {
                expenditure.Add(c);
            }
        }

        return (income, expenditure);
    }

    private static GridCell ValueCell(Table table, TableRow row, int column)
    {
        var definition = table.Definition;
        var cell = row.Cells[column];
        var text = cell.Kind switch
        {
            CellKind.Amount => Numbers.Format(cell.Amount!.Value, table.Precision),
            CellKind.Text => cell.Text!,
            _ => string.Empty,
        };
        return new GridCell(text)
        {
            Address = new CellAddress(definition.Id, row.Key, definition.Columns[column].Id),
            Numeric = definition.Columns[column].Kind == ColumnKind.Amount,
        };
    }

    /// <summary>The code and name headers, from the kinds of the rows printed (表2 takes 功能科目 rows in older layouts, units now).</summary>
    private static (string Code, string Name) LeadHeaders(Table table, Labels labels)
    {
        var kinds = table.Rows.Select(r => r.Key.Kind).ToHashSet();
        if (kinds.Count == 0 || kinds.Contains(RowKeyKind.Functional) || kinds.Contains(RowKeyKind.Economic))
        {
            return table.Definition.IsSubjectTree || kinds.Count > 0
                ? (labels.Z("科目编码", "Code"), labels.Z("科目名称", "Subject"))
                : (labels.Z("编码", "Code"), labels.Z("项目", "Item"));
        }

        if (kinds.Contains(RowKeyKind.Project))
        {
            return (labels.Z("编码", "Code"), labels.Z("单位名称（项目名称）", "Unit (project)"));
        }

        return kinds.Contains(RowKeyKind.Unit)
            ? (labels.Z("部门（单位）代码", "Unit code"), labels.Z("部门（单位）名称", "Unit"))
            : (labels.Z("编码", "Code"), labels.Z("项目", "Item"));
    }

    private static string ColumnName(ColumnDefinition column, Labels labels) => labels.English ? column.NameEn : column.NameZh;

    private static string GroupName(TableDefinition definition, string group, Labels labels)
    {
        if (!labels.English)
        {
            return group;
        }

        var named = definition.Columns.FirstOrDefault(c => c.Id == group);
        if (named is not null)
        {
            return named.NameEn;
        }

        var first = definition.Columns.First(c => c.Group == group).NameEn;
        var colon = first.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? first[..colon] : group;
    }

    private static string Code(TableRow row) => row.Key.Kind switch
    {
        RowKeyKind.Functional => row.Key.FunctionalCode!.Value.ToString(),
        RowKeyKind.Economic => row.Key.EconomicCode!.Value.ToString(),
        RowKeyKind.Unit => row.Key.Text!,
        RowKeyKind.Project when !string.Equals(row.Key.Text, row.Label, StringComparison.Ordinal) => row.Key.Text!,
        _ => string.Empty,
    };

    private static string Label(Table table, TableRow row)
    {
        var label = row.Label ?? table.Definition.FindLine(row.Key)?.Label ?? (row.Key.Kind == RowKeyKind.Total ? "合计" : row.Key.Text ?? string.Empty);
        // An item under another is labelled by its path (本年收入.一般公共预算拨款): the print shows the last part. A dot
        // of the label's own (the ordinal of 1. 一般公共预算资金) stays.
        if (row.Key.Kind == RowKeyKind.Item && row.Key.Text is { } path && path.LastIndexOf('.') is var dot and > 0
            && label.StartsWith(path[..(dot + 1)], StringComparison.Ordinal))
        {
            label = label[(dot + 1)..];
        }

        return label;
    }

    private static int Indent(Table table, TableRow row)
    {
        switch (row.Key.Kind)
        {
            case RowKeyKind.Functional:
                return (int)row.Key.FunctionalCode!.Value.Level - 1;
            case RowKeyKind.Economic:
                return (int)row.Key.EconomicCode!.Value.Level - 1;
            case RowKeyKind.Total:
            case RowKeyKind.Line:
                return 0;
            case RowKeyKind.Item:
                return row.Key.Text!.Contains('.', StringComparison.Ordinal) ? 1 : 0;
            default:
                var depth = 0;
                for (var p = table.ParentOf(row.Key); p is { } key && key.Kind != RowKeyKind.Total && depth < 8; p = table.ParentOf(key))
                {
                    depth++;
                }

                return depth;
        }
    }

    private static bool IsTotal(Table table, TableRow row)
    {
        if (row.Key.Kind == RowKeyKind.Total)
        {
            return true;
        }

        if (row.Key.Kind is not (RowKeyKind.Item or RowKeyKind.Line))
        {
            return false;
        }

        var label = Label(table, row);
        return label.Contains("合计", StringComparison.Ordinal) || label.Contains("总计", StringComparison.Ordinal);
    }

    internal static bool IsClass(TableRow row)
        => row.Key.Kind == RowKeyKind.Functional && row.Key.FunctionalCode!.Value.Level == SubjectLevel.Class;
}
