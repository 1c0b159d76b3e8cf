namespace Caseload.Web.Features.Shared;

/// <summary>The document forms (network map, agreement, action plan) end with a few blank rows, so more can be added
/// without script: saving brings new blank rows.</summary>
public static class FormRows
{
    public static List<T> WithBlanks<T>(List<T> rows, Func<T, bool> isBlank, Func<T> blank, int count)
    {
        for (var i = rows.Count(isBlank); i < count; i++) rows.Add(blank());
        return rows;
    }
}
