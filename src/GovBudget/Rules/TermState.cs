namespace GovBudget.Rules;

/// <summary>A term resolved against one disclosure: the table, the row (index and key) and the column index.</summary>
internal struct TermState
{
    public Tables.Table? Table;
    public Tables.RowKey Key;
    public int Row;
    public int Column;
    public int SumStart;
    public int SumCount;
}
