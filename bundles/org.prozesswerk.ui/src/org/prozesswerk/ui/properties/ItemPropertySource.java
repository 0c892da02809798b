package org.prozesswerk.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of a model element for the Eigenschaften view, taken from its EMF item provider
 * ({@link IItemPropertySource}); every change is a {@link SetCommand} on the register's editing domain, so it can be
 * undone and makes the register dirty. Replaces edit.ui's PropertySource, which is not on Maven Central.
 */
public final class ItemPropertySource implements IPropertySource {

    private final EObject object;
    private final IItemPropertySource source;
    private final EditingDomain domain;

    public ItemPropertySource(EObject object, IItemPropertySource source, EditingDomain domain) {
        this.object = Objects.requireNonNull(object);
        this.source = Objects.requireNonNull(source);
        this.domain = Objects.requireNonNull(domain);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            result.add(new ItemPropertyDescriptorAdapter(object, descriptor));
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        if (feature instanceof EStructuralFeature structural) {
            return object.eGet(structural);
        }
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null && descriptor.getFeature(object) instanceof EStructuralFeature feature) {
            execute(SetCommand.create(domain, object, feature, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || !descriptor.canSetProperty(object)
                || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return;
        }
        Object current = object.eGet(feature);
        if (Objects.equals(current, value)) {
            return;
        }
        Object newValue = value == null && feature.getEType().getInstanceClass() != null
                && feature.getEType().getInstanceClass().isPrimitive() ? SetCommand.UNSET_VALUE : value;
        execute(SetCommand.create(domain, object, feature, newValue));
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }
}
