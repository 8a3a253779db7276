namespace GovBudget.Testing;

/// <summary>
/// Thrown by <see cref="BudgetAssert"/> when an assertion fails. Every test framework (xunit, NUnit, MSTest) reports an
/// unexpected exception as a failure, so no framework reference is needed.
/// </summary>
public sealed class BudgetAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BudgetAssertionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BudgetAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BudgetAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
