package org.prozesswerk.ui.properties;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.prozesswerk.ui.internal.PropertyMessages;

/**
 * One property of the Eigenschaften view, from an EMF {@link IItemPropertyDescriptor}: German name and description
 * from the edit bundle, value labels from the item providers, and a cell editor by type — a list for enumerations,
 * references and yes/no, text with a check for numbers and dates (dd.MM.yyyy, UTC day as stored), comma-separated
 * text for lists of strings. Identifiers and lists of other types are shown but not edited here.
 */
record ItemPropertyDescriptorAdapter(EObject object, IItemPropertyDescriptor descriptor) implements IPropertyDescriptor {

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)
                || feature instanceof EAttribute attribute && attribute.isID()) {
            return null;
        }
        EClassifier type = feature.getEType();
        if (feature.isMany()) {
            return isString(type) ? new ConvertingTextCellEditor(parent, new StringListConverter()) : null;
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices == null && type instanceof EEnum eEnum) {
            choices = eEnum.getELiterals().stream().map(l -> l.getInstance()).toList();
        }
        if (choices == null && isBoolean(type)) {
            choices = List.of(Boolean.TRUE, Boolean.FALSE);
        }
        if (choices != null) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
        }
        if (type instanceof EDataType dataType) {
            if (Date.class.equals(dataType.getInstanceClass())) {
                return new ConvertingTextCellEditor(parent, new DateConverter());
            }
            int style = descriptor.isMultiLine(object) ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
            return new ConvertingTextCellEditor(parent, new DataTypeConverter(dataType), style);
        }
        return null;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
        Object feature = descriptor.getFeature(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element == null) {
                    return "";
                }
                if (element instanceof Date date) {
                    return DateConverter.format(date);
                }
                if (element instanceof Double || element instanceof Float) {
                    return DataTypeConverter.formatDecimal((Number) element);
                }
                if (element instanceof Integer || element instanceof Long) {
                    return java.text.NumberFormat.getIntegerInstance().format(element);
                }
                if (element instanceof Boolean value) {
                    return value ? PropertyMessages.Property_Yes : PropertyMessages.Property_No;
                }
                if (feature instanceof EStructuralFeature f && f.isMany() && element instanceof Collection<?> list
                        && isString(f.getEType())) {
                    return String.join(", ", list.stream().map(String::valueOf).toList());
                }
                return itemLabels.getText(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter adapter && adapter.getId().equals(getId())
                && adapter.getCategory() == null == (getCategory() == null);
    }

    private static boolean isString(EClassifier type) {
        return String.class.equals(type.getInstanceClass());
    }

    private static boolean isBoolean(EClassifier type) {
        return type == EcorePackage.Literals.EBOOLEAN || type == EcorePackage.Literals.EBOOLEAN_OBJECT;
    }

    /** Text ↔ value; {@link #fromText} throws {@link IllegalArgumentException} with a German message. */
    interface Converter {
        String toText(Object value);

        Object fromText(String text);
    }

    static final class ConvertingTextCellEditor extends TextCellEditor {
        private final Converter converter;

        ConvertingTextCellEditor(Composite parent, Converter converter) {
            this(parent, converter, SWT.SINGLE);
        }

        ConvertingTextCellEditor(Composite parent, Converter converter, int style) {
            super(parent, style);
            this.converter = converter;
            setValidator(value -> {
                try {
                    converter.fromText((String) value);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
        }

        @Override
        protected Object doGetValue() {
            return converter.fromText((String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(converter.toText(value));
        }
    }

    static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> choices;

        ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
            super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
            this.choices = choices;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index >= 0 && index < choices.size() ? choices.get(index) : null;
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, choices.indexOf(value)));
        }
    }

    static final class StringListConverter implements Converter {
        @Override
        public String toText(Object value) {
            return value instanceof Collection<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : "";
        }

        @Override
        public Object fromText(String text) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    static final class DateConverter implements Converter {
        private static DateTimeFormatter formatter() {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());
        }

        static String format(Date date) {
            return formatter().format(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }

        @Override
        public String toText(Object value) {
            return value instanceof Date date ? format(date) : "";
        }

        @Override
        public Object fromText(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(text.strip(), formatter());
                return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(PropertyMessages.Property_InvalidDate,
                        text, format(new Date(0))));
            }
        }
    }

    static final class DataTypeConverter implements Converter {
        private final EDataType type;

        DataTypeConverter(EDataType type) {
            this.type = type;
        }

        @Override
        public String toText(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Double || value instanceof Float) {
                return formatDecimal((Number) value);
            }
            if (value instanceof Integer || value instanceof Long) {
                return java.text.NumberFormat.getIntegerInstance().format(value);
            }
            return EcoreUtil.convertToString(type, value);
        }

        static String formatDecimal(Number number) {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance();
            format.setMaximumFractionDigits(6);
            return format.format(number);
        }

        @Override
        public Object fromText(String text) {
            Class<?> instance = type.getInstanceClass();
            if (text == null || text.isEmpty()) {
                if (instance != null && instance.isPrimitive()) {
                    throw new IllegalArgumentException(PropertyMessages.Property_ValueRequired);
                }
                return String.class.equals(instance) ? text : null;
            }
            Object value;
            try {
                if (Double.class.equals(instance) || double.class.equals(instance) || Float.class.equals(instance)
                        || float.class.equals(instance)) {
                    ParsePosition position = new ParsePosition(0);
                    Number number = java.text.NumberFormat.getNumberInstance().parse(text.strip(), position);
                    if (number == null || position.getIndex() != text.strip().length()) {
                        throw new IllegalArgumentException();
                    }
                    value = float.class.equals(instance) || Float.class.equals(instance) ? number.floatValue()
                            : number.doubleValue();
                } else if (Integer.class.equals(instance) || int.class.equals(instance) || Long.class.equals(instance)
                        || long.class.equals(instance)) {
                    // "1.400" in German: the same grouping the value is shown with
                    ParsePosition position = new ParsePosition(0);
                    Number number = java.text.NumberFormat.getIntegerInstance().parse(text.strip(), position);
                    if (number == null || position.getIndex() != text.strip().length()) {
                        throw new IllegalArgumentException();
                    }
                    value = Integer.class.equals(instance) || int.class.equals(instance)
                            ? Integer.valueOf(Math.toIntExact(number.longValue())) : Long.valueOf(number.longValue());
                } else {
                    value = EcoreUtil.createFromString(type, text.strip());
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(PropertyMessages.Property_InvalidValue,
                        text));
            }
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(type, value);
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(PropertyMessages.Property_InvalidValue,
                        text));
            }
            return value;
        }
    }
}
