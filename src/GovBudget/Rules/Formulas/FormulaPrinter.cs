using System.Globalization;
using System.Text;
using GovBudget.Tables;

namespace GovBudget.Rules.Formulas;

/// <summary>Writes the canonical text form of a formula; <see cref="FormulaParser"/> reads it back to an equal formula.</summary>
internal static class FormulaPrinter
{
    public static string Print(Formula formula)
    {
        var builder = new StringBuilder();
        if (formula.TableId is not null)
        {
            builder.Append(formula.TableId).Append(": ");
        }

        for (var i = 0; i < formula.Operands.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(formula.Relations[i - 1] switch
                {
                    Relation.GreaterOrEqual => " ≥ ",
                    Relation.LessOrEqual => " ≤ ",
                    _ => " = ",
                });
            }

            PrintSum(builder, formula.Operands[i], formula.TableId);
        }

        return builder.ToString();
    }

    private static void PrintSum(StringBuilder builder, SumExpression sum, string? table)
    {
        var terms = sum.Terms;
        var i = 0;
        var first = true;
        while (i < terms.Count)
        {
            var kind = GroupKind(terms[i].Reference, table);
            var j = i + 1;
            if (kind != '\0')
            {
                while (j < terms.Count && GroupKind(terms[j].Reference, table) == kind)
                {
                    j++;
                }
            }

            if (kind != '\0' && j - i > 1)
            {
                // A group (a+b−c+…+z)行: the sign of the first term goes outside the parentheses.
                var outerNegative = terms[i].Negative;
                AppendSign(builder, outerNegative, first);
                builder.Append('(');
                var k = i;
                while (k < j)
                {
                    var run = k + 1;
                    while (run < j && terms[run].Negative == terms[k].Negative && Number(terms[run].Reference, kind) == Number(terms[run - 1].Reference, kind) + 1)
                    {
                        run++;
                    }

                    if (k > i)
                    {
                        builder.Append(terms[k].Negative != outerNegative ? '-' : '+');
                    }

                    builder.Append(Number(terms[k].Reference, kind).ToString(CultureInfo.InvariantCulture));
                    if (run - k >= 4)
                    {
                        builder.Append("+…+").Append(Number(terms[run - 1].Reference, kind).ToString(CultureInfo.InvariantCulture));
                        k = run;
                    }
                    else
                    {
                        k++;
                    }
                }

                builder.Append(')').Append(kind);
                i = j;
            }
            else
            {
                AppendSign(builder, terms[i].Negative, first);
                PrintReference(builder, terms[i].Reference, table);
                i++;
            }

            first = false;
        }
    }

    private static void AppendSign(StringBuilder builder, bool negative, bool first)
    {
        if (first)
        {
            if (negative)
            {
                builder.Append('-');
            }
        }
        else
        {
            builder.Append(negative ? " - " : " + ");
        }
    }

    /// <summary>'行' for "line N in each column", '栏' for "numbered column N in each row", else '\0'.</summary>
    private static char GroupKind(CellReference reference, string? table)
    {
        if (reference.TableId is not null && reference.TableId != table)
        {
            return '\0';
        }

        if (reference.Row.Kind == RowSelectorKind.Key && reference.Row.Key.Kind == RowKeyKind.Line && reference.Column.IsEach)
        {
            return '行';
        }

        return reference.Row.Kind == RowSelectorKind.EachRow && reference.Column.ColumnId is { } c && c.All(char.IsAsciiDigit) && c.Length is > 0 and < 5 && c[0] != '0'
            ? '栏'
            : '\0';
    }

    private static int Number(CellReference reference, char kind)
        => kind == '行' ? reference.Row.Key.LineNumber!.Value : int.Parse(reference.Column.ColumnId!, CultureInfo.InvariantCulture);

    private static void PrintReference(StringBuilder builder, CellReference reference, string? table)
    {
        var kind = GroupKind(reference, table);
        if (kind != '\0')
        {
            builder.Append(Number(reference, kind).ToString(CultureInfo.InvariantCulture)).Append(kind);
            return;
        }

        if (reference.TableId is not null && reference.TableId != table)
        {
            builder.Append(reference.TableId);
        }

        builder.Append('[');
        var row = reference.Row;
        builder.Append(row.Kind switch
        {
            RowSelectorKind.EachRow => "*",
            RowSelectorKind.Variable => "{" + row.Variable + "}",
            RowSelectorKind.SumOf => "Σ" + row.Variable,
            _ => row.Key.Kind switch
            {
                RowKeyKind.Total => "合计",
                RowKeyKind.Line => row.Key.LineNumber!.Value.ToString(CultureInfo.InvariantCulture) + "行",
                RowKeyKind.Functional => row.Key.FunctionalCode!.Value.ToString(),
                RowKeyKind.Economic => row.Key.EconomicCode!.Value.ToString(),
                _ => row.Key.ToString(),
            },
        });
        builder.Append(',').Append(reference.Column.ColumnId ?? "*").Append(']');
    }
}
