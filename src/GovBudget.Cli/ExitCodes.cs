namespace GovBudget.Cli;

/// <summary>The exit codes of govbudget (README, "Command-line tool").</summary>
internal static class ExitCodes
{
    /// <summary>Clean: no finding at or above the threshold.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the threshold.</summary>
    public const int Findings = 1;

    /// <summary>Unreadable input: a missing file or folder, malformed JSON or JSON Lines line, no disclosures found.</summary>
    public const int Unreadable = 2;

    /// <summary>Usage error (unknown command or option, bad value) or an I/O failure of the tool itself (an unwritable <c>-o</c>).</summary>
    public const int UsageOrIo = 3;

    /// <summary>An internal error: validating or rendering some input failed for a reason of GovBudget's own (a bug).</summary>
    public const int Internal = 4;
}
