package de.leitstand.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * A month in the address ({@code ?month=2020-06}) must be one; {@code ?month=Juni} fails the view parameter,
 * and {@link InvalidViewParameters} answers with the 400 page "Ungültige Adresse".
 */
@FacesValidator("leitstand.month")
public class MonthValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !value.toString().isBlank() && MonthChoice.parse(value.toString()) == null) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    java.text.MessageFormat.format(UiTexts.text("address.month.invalid"), value), null));
        }
    }
}
