namespace GovBudget.Cli;

/// <summary>The tool could not write its output (an unwritable <c>-o</c>); exit code <see cref="ExitCodes.UsageOrIo"/>.</summary>
internal sealed class CliOutputException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>Creates (truncates) <paramref name="path"/> for writing, or throws <see cref="CliOutputException"/> saying which file and why.</summary>
    public static Stream Create(string path)
    {
        try
        {
            return File.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliOutputException($"cannot write {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Standard output, or the file <paramref name="path"/> when given.</summary>
    public static Stream Open(string? path) => path is null ? Console.OpenStandardOutput() : Create(path);
}
