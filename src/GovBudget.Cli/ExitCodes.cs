namespace GovBudget.Cli;

/// <summary>The exit codes of govbudget.</summary>
internal static class ExitCodes
{
    /// <summary>Clean: no finding at or above the threshold.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the threshold.</summary>
    public const int Findings = 1;

    /// <summary>Unreadable input (missing file, malformed JSON, bad arguments).</summary>
    public const int Unreadable = 2;
}
