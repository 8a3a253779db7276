namespace GovBudget.Rules.Formulas;

/// <summary>An expression of a formula: a cell reference or a signed sum.</summary>
public abstract record FormulaExpression;
