using AngleSharp.Html.Dom;

namespace Caseload.TestSupport;

/// <summary>What a browser would post from a form as the page shows it: every named field, ticked boxes only.</summary>
public static class FormFields
{
    public static List<KeyValuePair<string, string>> Of(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var e in form.Elements)
        {
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" } box: if (box.IsChecked) fields.Add(new(box.Name!, box.Value)); break;
                case IHtmlInputElement input when input.Name is not null and not "__RequestVerificationToken": fields.Add(new(input.Name, input.Value)); break;
                case IHtmlTextAreaElement area: fields.Add(new(area.Name!, area.Value)); break;
                case IHtmlSelectElement select: fields.Add(new(select.Name!, select.Value ?? "")); break;
            }
        }
        return fields;
    }
}
