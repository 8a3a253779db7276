using System.Collections.Immutable;

namespace GovBudget.Building;

/// <summary>Thrown by <c>Build()</c> of a builder with every structural problem it found, not just the first.</summary>
public sealed class DisclosureBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DisclosureBuildException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DisclosureBuildException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DisclosureBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception for a list of problems.</summary>
    public DisclosureBuildException(ImmutableArray<BuildProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<BuildProblem> Problems { get; }

    private static string Describe(ImmutableArray<BuildProblem> problems)
        => problems.IsDefaultOrEmpty
            ? "The builder found problems."
            : $"The builder found {problems.Length} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems);
}
