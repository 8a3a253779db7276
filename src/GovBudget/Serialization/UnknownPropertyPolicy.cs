namespace GovBudget.Serialization;

/// <summary>What the JSON readers do with a property the format does not define.</summary>
public enum UnknownPropertyPolicy
{
    /// <summary>Reject the document with a <see cref="GovBudgetFormatException"/> (the default): a misspelt property is an error, not silently lost data.</summary>
    Reject = 0,

    /// <summary>Skip unknown properties (for reading documents written by a newer minor version of a producer).</summary>
    Ignore = 1,
}
