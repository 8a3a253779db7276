namespace GovBudget.Tables;

/// <summary>Where a cell is: table id, row key and column id.</summary>
/// <param name="TableId">The table id (<c>表5-1</c>, <c>公开01</c>).</param>
/// <param name="Row">The row key.</param>
/// <param name="ColumnId">The column id.</param>
public readonly record struct CellAddress(string TableId, RowKey Row, string ColumnId)
{
    /// <summary>The pseudo-table of addresses in the 情况说明 (a statement that names no table cell, a proofreading mark).</summary>
    internal const string NarrativeTable = "说明";

    /// <summary>The address in the form used by formulas: <c>表5-1[F21011,合计]</c>.</summary>
    public override string ToString() => $"{TableId}[{Row},{ColumnId}]";

    /// <summary>
    /// The address as a Chinese reader names the cell, with the row's printed label when <paramref name="table"/> is
    /// given: <c>表5-1“21011 行政事业单位医疗”行“合计”栏</c>, <c>公开01 第60行（年末结转和结余）“支出决算数”栏</c>,
    /// <c>表1“收入总计”行“预算数”栏</c> — no row-key prefixes (<c>F</c>, <c>I:</c>, <c>total</c>).
    /// </summary>
    public string ToStringZh(Table? table = null)
    {
        if (TableId == NarrativeTable && Row.Kind == RowKeyKind.Item)
        {
            // A statement of the 情况说明 that names no table cell (StatementRule.LocationOf): its subject and kind.
            return $"说明“{Row.Text}”（{ColumnId}）";
        }

        string? label = null;
        if (table is not null)
        {
            label = table.TryGetRow(Row, out var printed) ? printed.Label : null;
            label = string.IsNullOrWhiteSpace(label) ? table.Definition.FindLine(Row)?.Label : label;
        }
        var row = Row.Kind switch
        {
            RowKeyKind.Total => "“合计”行",
            RowKeyKind.Line => $"第{Row.LineNumber}行{(string.IsNullOrWhiteSpace(label) ? string.Empty : $"（{label.Trim()}）")}",
            RowKeyKind.Functional or RowKeyKind.Economic => $"“{(object?)Row.FunctionalCode ?? Row.EconomicCode}{(string.IsNullOrWhiteSpace(label) ? string.Empty : " " + label.Trim())}”行",
            RowKeyKind.Unit => $"单位“{Row.Text}{(string.IsNullOrWhiteSpace(label) ? string.Empty : " " + label.Trim())}”行",
            RowKeyKind.Project => $"项目“{(string.IsNullOrWhiteSpace(label) ? Row.Text : label.Trim())}”行",
            _ => $"“{Row.Text!.Replace('.', '·')}”行",
        };
        // A column under a printed group is named with it (基本支出·小计), as a reader finds it in the header.
        var definition = table?.Definition.FindColumn(ColumnId);
        // Two columns printed under one header text (金额 | 金额 of a two-sided table) are named by their ids (收入决算数).
        var ambiguous = definition is not null && table!.Definition.Columns.Count(c => c.NameZh == definition.NameZh && c.Group == definition.Group) > 1;
        var column = definition is null || ambiguous ? ColumnId : definition.Group is { } group && group != definition.NameZh ? $"{group}·{definition.NameZh}" : definition.NameZh;
        return $"{TableId}{(Row.Kind == RowKeyKind.Line ? " " : string.Empty)}{row}“{column.Replace('.', '·')}”栏";
    }
}
