using GovBudget.Rules;

namespace GovBudget.Cli.Output;

/// <summary>What every sink needs: the language, the display threshold and where to write.</summary>
/// <param name="Language">zh or en.</param>
/// <param name="MinimumSeverity">Findings below it are not shown.</param>
/// <param name="Output">Where to write.</param>
internal sealed record ReportSinkOptions(string Language, Severity MinimumSeverity, Stream Output);
