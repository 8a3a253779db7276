namespace GovBudget.Building;

/// <summary>The codes of <see cref="BuildProblem"/>s.</summary>
public static class BuildProblemCodes
{
    /// <summary>A row key appears twice in a table.</summary>
    public const string DuplicateRow = "GB-B001";

    /// <summary>A row key of a kind the table does not take, or a code at the wrong level for the table.</summary>
    public const string WrongRowKind = "GB-B002";

    /// <summary>A cell in a column the table does not have.</summary>
    public const string UnknownColumn = "GB-B003";

    /// <summary>More cells than declared columns.</summary>
    public const string TooManyCells = "GB-B004";

    /// <summary>Cell text that is not a number.</summary>
    public const string NotANumber = "GB-B005";

    /// <summary>An amount finer than the table's declared precision.</summary>
    public const string FinerThanPrecision = "GB-B006";

    /// <summary>A line number or item the table does not define.</summary>
    public const string UnknownLine = "GB-B007";

    /// <summary>A unit code that is neither the department nor one of its units.</summary>
    public const string UnknownUnit = "GB-B008";

    /// <summary>Two tables with the same id in one disclosure.</summary>
    public const string DuplicateTable = "GB-B009";

    /// <summary>A required part (department) is missing.</summary>
    public const string MissingPart = "GB-B010";

    /// <summary>A table of the other disclosure kind (a settlement table in a budget).</summary>
    public const string WrongDisclosureKind = "GB-B011";

    /// <summary>A row whose explicit parent is not in the table.</summary>
    public const string UnknownParent = "GB-B012";

    /// <summary>A table has the id of a table of the disclosure's table set but another definition (columns, lines, row kinds or names).</summary>
    public const string TableSetMismatch = "GB-B013";
}
