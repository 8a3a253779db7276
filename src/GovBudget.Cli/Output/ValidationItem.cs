using System.Collections.Immutable;
using GovBudget.Disclosures;
using GovBudget.Import;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.Cli.Output;

/// <summary>One validated disclosure (or one unreadable input) on its way to the output.</summary>
/// <param name="File">The input file.</param>
/// <param name="Index">The position in a JSON Lines file (0 for .json).</param>
/// <param name="Disclosure">The disclosure, when it could be read.</param>
/// <param name="Report">Its validation report.</param>
/// <param name="Error">Why the input could not be read (or, when <see cref="Internal"/>, why it could not be validated).</param>
internal sealed record ValidationItem(string File, int Index, Disclosure? Disclosure, ValidationReport? Report, string? Error)
{
    /// <summary>For JSON Lines, the 1-based line of the batch the document is on; for an unreadable input, the line of the error.</summary>
    public long? Line { get; init; }

    /// <summary>For an unreadable input, the 1-based column of the error, when known.</summary>
    public long? Column { get; init; }

    /// <summary><see langword="true"/> when the input was read but validating it failed for an internal reason (a bug).</summary>
    public bool Internal { get; init; }

    /// <summary>The UTF-8 text of a single JSON document, kept so that sinks can locate findings in it (line and column).</summary>
    public byte[]? Utf8 { get; init; }

    /// <summary>For a document imported from a PDF or text file: where each cell was printed.</summary>
    public ImmutableDictionary<CellAddress, CellProvenance>? Provenance { get; init; }

    /// <summary>For a document imported from a PDF or text file: the text outside its tables, for the narrative rules.</summary>
    public NarrativeText? Narrative { get; init; }

    /// <summary>The file <see cref="Narrative"/> was read from (the imported document, or the <c>--narrative</c> file): the artifact of findings located in the text.</summary>
    public string? NarrativeFile { get; init; }
    /// <summary>
    /// With <c>--baseline</c>: the indexes (into <see cref="ValidationReport.Findings"/>) of the findings the baseline
    /// accepts; they are reported as suppressed and do not count for the exit code. <see langword="null"/> without a baseline.
    /// </summary>
    public IReadOnlySet<int>? Suppressed { get; init; }

    /// <summary><see langword="true"/> when a baseline was given (so every shown finding is either new or suppressed).</summary>
    public bool HasBaseline => Suppressed is not null;

    /// <summary><see langword="true"/> when the finding at <paramref name="index"/> of the report is accepted by the baseline.</summary>
    public bool IsSuppressed(int index) => Suppressed?.Contains(index) == true;

    /// <summary>The page an imported cell was printed on, when known.</summary>
    public int? PageOf(CellAddress address) => Provenance is { } p && p.TryGetValue(address, out var cell) ? cell.Page : null;
}
