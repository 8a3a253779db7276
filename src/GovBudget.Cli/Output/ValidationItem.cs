using GovBudget.Disclosures;
using GovBudget.Rules;

namespace GovBudget.Cli.Output;

/// <summary>One validated disclosure (or one unreadable input) on its way to the output.</summary>
/// <param name="File">The input file.</param>
/// <param name="Index">The position in a JSON Lines file (0 for .json).</param>
/// <param name="Disclosure">The disclosure, when it could be read.</param>
/// <param name="Report">Its validation report.</param>
/// <param name="Error">Why the input could not be read.</param>
internal sealed record ValidationItem(string File, int Index, Disclosure? Disclosure, ValidationReport? Report, string? Error);
