using System.Collections.Immutable;

namespace GovBudget.Import;

/// <summary>One table of an import report.</summary>
/// <param name="TableId">The table id of the matched spec.</param>
/// <param name="PrintedTitle">The title as printed.</param>
/// <param name="Pages">The pages it is printed on.</param>
/// <param name="CellsRead">The number of non-blank cells read.</param>
/// <param name="Mapped">Whether the table was built into the disclosure.</param>
public sealed record ImportReportTable(string TableId, string PrintedTitle, ImmutableArray<int> Pages, int CellsRead, bool Mapped);
