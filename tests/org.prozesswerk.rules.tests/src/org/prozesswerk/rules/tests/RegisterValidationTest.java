/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.RegisterValidation;
import org.prozesswerk.rules.engine.RulesEValidator;
import org.prozesswerk.rules.engine.Violation;
import org.prozesswerk.rules.tests.support.RandomRegisters;

/** EMF validation (what the workbench and the CLI use) reports the same rule violations as the engine. */
class RegisterValidationTest {

    @Test
    void diagnosticianReportsTheEngineViolations() {
        ProcessRegister register = RandomRegisters.create(42, 300);
        List<String> engine = new ArrayList<>();
        for (Violation v : DefaultRules.get().validate(register).violations()) {
            engine.add(v.ruleId() + " " + v.severity() + " " + v.path() + ": " + v.message());
        }
        List<String> emf = new ArrayList<>();
        for (Finding f : RegisterValidation.validate(register, DefaultRules.get())) {
            if (f.rule() != null) {
                emf.add(f.ruleId() + " " + f.severity() + " " + f.elementPath() + ": " + f.message());
            }
        }
        engine.sort(null);
        emf.sort(null);
        assertFalse(engine.isEmpty());
        assertEquals(engine, emf);
    }

    @Test
    void modelConstraintsAreFindingsToo() {
        Registers r = Registers.clean();
        r.pw1.setDigitalisationDegree(7); // the metamodel allows 0..4
        List<Finding> findings = RegisterValidation.validate(r.register, DefaultRules.get());
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertTrue(finding.ruleId().startsWith("EMF."), finding.ruleId());
        assertEquals("Musterregister/Bauen/Steckbrief PW-1", finding.elementPath());
        assertTrue(finding.isError());
    }

    @Test
    void diagnosticsCarryRuleAndElement() {
        Registers r = Registers.clean();
        r.pw2.setResponsibleUnit(null);
        Diagnostic diagnostic = RegisterValidation.diagnostician(DefaultRules.get()).validate(r.register);
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        Diagnostic child = diagnostic.getChildren().get(0);
        assertEquals(RulesEValidator.SOURCE, child.getSource());
        assertTrue(child.getMessage().startsWith("MPQ-01: "), child.getMessage());
        assertEquals(r.pw2, child.getData().get(0));
    }

    @Test
    void globalValidatorRegistryIsLeftAlone() {
        Object before = EValidator.Registry.INSTANCE.get(ProzesswerkPackage.eINSTANCE);
        RegisterValidation.validate(Registers.clean().register, DefaultRules.get());
        assertEquals(before, EValidator.Registry.INSTANCE.get(ProzesswerkPackage.eINSTANCE));
    }
}
