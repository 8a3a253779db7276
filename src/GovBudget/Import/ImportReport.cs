using System.Collections.Immutable;
using GovBudget.Building;
using GovBudget.Import.Tables;

namespace GovBudget.Import;

/// <summary>What an import found: each table, the cells read, everything not understood and the builder's problems.</summary>
/// <param name="Tables">The tables found, in printed order.</param>
/// <param name="Issues">Text not understood and assumptions made, with where.</param>
/// <param name="BuildProblems">Problems the disclosure builder reported for the imported rows.</param>
public sealed record ImportReport(ImmutableArray<ImportReportTable> Tables, ImmutableArray<ImportIssue> Issues, ImmutableArray<BuildProblem> BuildProblems)
{
    /// <summary>The number of cells read over all tables.</summary>
    public int CellsRead => Tables.Sum(t => t.CellsRead);

    /// <summary>The number of issues that are not understood text.</summary>
    public int NotUnderstoodCount => Issues.Count(i => i.Kind == ImportIssueKind.NotUnderstood);
}
