using GovBudget.Tables;

namespace GovBudget.Building;

/// <summary>A structural problem found by a builder: what is wrong and where.</summary>
/// <param name="Code">A stable problem code (<c>GB-B001</c> duplicate row …; see <c>docs/building.md</c>).</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="TableId">The table, if the problem is in one.</param>
/// <param name="Row">The row, if the problem is in one.</param>
/// <param name="ColumnId">The column, if the problem is in one.</param>
public sealed record BuildProblem(string Code, string Message, string? TableId = null, RowKey? Row = null, string? ColumnId = null)
{
    /// <summary>The problem as one line: code, location and message.</summary>
    public override string ToString()
    {
        var where = TableId is null ? string.Empty : Row is { } row ? $" {TableId}[{row}{(ColumnId is null ? string.Empty : "," + ColumnId)}]" : $" {TableId}";
        return $"{Code}{where}: {Message}";
    }
}
