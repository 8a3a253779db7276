using System.Globalization;

namespace GovBudget;

/// <summary>
/// The one exception GovBudget throws for malformed input (catalog files, JSON, CSV, formula text). It says where:
/// the source name, the line and column (1-based, when known) and, for JSON, the path.
/// </summary>
/// <remarks>Bad <em>data</em> — a table that does not add up, an unknown code — is never an exception: it is a finding.</remarks>
public sealed class GovBudgetFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public GovBudgetFormatException()
        : this("The input is malformed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GovBudgetFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GovBudgetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a position in a named source.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="sourceName">The file or stream name, if known.</param>
    /// <param name="line">The 1-based line, if known.</param>
    /// <param name="column">The 1-based column, if known.</param>
    /// <param name="path">The JSON path or table path, if known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public GovBudgetFormatException(string reason, string? sourceName, long? line, long? column, string? path = null, Exception? innerException = null)
        : base(Describe(reason, sourceName, line, column, path), innerException)
    {
        Reason = reason;
        SourceName = sourceName;
        LineNumber = line;
        Column = column;
        Path = path;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string? Reason { get; }

    /// <summary>The file or stream the input came from, if known.</summary>
    public string? SourceName { get; }

    /// <summary>The 1-based line of the problem, if known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based column (or byte position in the line for JSON), if known.</summary>
    public long? Column { get; }

    /// <summary>The JSON path (e.g. <c>$.tables[2].rows[5]</c>) or other structural path, if known.</summary>
    public string? Path { get; }

    private static string Describe(string reason, string? sourceName, long? line, long? column, string? path)
    {
        var where = new List<string>(4);
        if (sourceName is not null)
        {
            where.Add(sourceName);
        }

        if (line is not null)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (column is not null)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"column {column}"));
        }

        if (path is not null)
        {
            where.Add(path);
        }

        return where.Count == 0 ? reason : $"{string.Join(", ", where)}: {reason}";
    }
}
