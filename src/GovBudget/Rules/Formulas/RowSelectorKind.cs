namespace GovBudget.Rules.Formulas;

/// <summary>How a cell reference chooses its row.</summary>
public enum RowSelectorKind
{
    /// <summary>One fixed row key (<c>L27</c>, <c>total</c>, <c>F21011</c>).</summary>
    Key = 0,

    /// <summary>Every row of the formula's table in turn (<c>6栏</c> means "column 6 of each row").</summary>
    EachRow = 1,

    /// <summary>A row variable bound in turn to every matching subject (<c>{类}</c>, <c>{款}</c>, <c>{项}</c>, <c>{科目}</c>).</summary>
    Variable = 2,

    /// <summary>The sum over every printed row matching a variable in the reference's table (<c>Σ类</c>: all 类 rows).</summary>
    SumOf = 3,
}
