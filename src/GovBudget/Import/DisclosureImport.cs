using System.Collections.Immutable;
using GovBudget.Disclosures;
using GovBudget.Tables;

namespace GovBudget.Import;

/// <summary>The result of <see cref="DisclosureImporter.Build"/>: the disclosure, where each cell was printed, the report.</summary>
/// <param name="Disclosure">The disclosure, or null when the builder refused the imported rows (see the report).</param>
/// <param name="Provenance">For every non-blank cell, its page, box and printed text.</param>
/// <param name="Report">Tables found, cells read, everything not understood.</param>
public sealed record DisclosureImport(Disclosure? Disclosure, ImmutableDictionary<CellAddress, CellProvenance> Provenance, ImportReport Report);
