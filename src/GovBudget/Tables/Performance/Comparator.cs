namespace GovBudget.Tables.Performance;

/// <summary>The comparison in a performance indicator value.</summary>
public enum Comparator
{
    /// <summary>No comparison: a qualitative value such as <c>优秀</c> or <c>按时支付</c>.</summary>
    None = 0,

    /// <summary><c>=</c>, or a bare number such as <c>100%</c>.</summary>
    Equal,

    /// <summary><c>≥</c> (also written <c>≧</c> or <c>&gt;=</c>).</summary>
    GreaterOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>≤</c> (also <c>≦</c> or <c>&lt;=</c>).</summary>
    LessOrEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,
}
