/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

import org.prozesswerk.bpmn.model.Activity;
import org.prozesswerk.bpmn.model.AdHocOrdering;
import org.prozesswerk.bpmn.model.AdHocSubProcess;
import org.prozesswerk.bpmn.model.Artifact;
import org.prozesswerk.bpmn.model.Assignment;
import org.prozesswerk.bpmn.model.Association;
import org.prozesswerk.bpmn.model.AssociationDirection;
import org.prozesswerk.bpmn.model.Auditing;
import org.prozesswerk.bpmn.model.BaseElement;
import org.prozesswerk.bpmn.model.BaseElementWithMixedContent;
import org.prozesswerk.bpmn.model.BoundaryEvent;
import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.BusinessRuleTask;
import org.prozesswerk.bpmn.model.CallActivity;
import org.prozesswerk.bpmn.model.CallChoreography;
import org.prozesswerk.bpmn.model.CallConversation;
import org.prozesswerk.bpmn.model.CallableElement;
import org.prozesswerk.bpmn.model.CancelEventDefinition;
import org.prozesswerk.bpmn.model.CatchEvent;
import org.prozesswerk.bpmn.model.Category;
import org.prozesswerk.bpmn.model.CategoryValue;
import org.prozesswerk.bpmn.model.Choreography;
import org.prozesswerk.bpmn.model.ChoreographyActivity;
import org.prozesswerk.bpmn.model.ChoreographyLoopType;
import org.prozesswerk.bpmn.model.ChoreographyTask;
import org.prozesswerk.bpmn.model.Collaboration;
import org.prozesswerk.bpmn.model.CompensateEventDefinition;
import org.prozesswerk.bpmn.model.ComplexBehaviorDefinition;
import org.prozesswerk.bpmn.model.ComplexGateway;
import org.prozesswerk.bpmn.model.ConditionalEventDefinition;
import org.prozesswerk.bpmn.model.Conversation;
import org.prozesswerk.bpmn.model.ConversationAssociation;
import org.prozesswerk.bpmn.model.ConversationLink;
import org.prozesswerk.bpmn.model.ConversationNode;
import org.prozesswerk.bpmn.model.CorrelationKey;
import org.prozesswerk.bpmn.model.CorrelationProperty;
import org.prozesswerk.bpmn.model.CorrelationPropertyBinding;
import org.prozesswerk.bpmn.model.CorrelationPropertyRetrievalExpression;
import org.prozesswerk.bpmn.model.CorrelationSubscription;
import org.prozesswerk.bpmn.model.DataAssociation;
import org.prozesswerk.bpmn.model.DataInput;
import org.prozesswerk.bpmn.model.DataInputAssociation;
import org.prozesswerk.bpmn.model.DataObject;
import org.prozesswerk.bpmn.model.DataObjectReference;
import org.prozesswerk.bpmn.model.DataOutput;
import org.prozesswerk.bpmn.model.DataOutputAssociation;
import org.prozesswerk.bpmn.model.DataState;
import org.prozesswerk.bpmn.model.DataStore;
import org.prozesswerk.bpmn.model.DataStoreReference;
import org.prozesswerk.bpmn.model.Definitions;
import org.prozesswerk.bpmn.model.DocumentRoot;
import org.prozesswerk.bpmn.model.Documentation;
import org.prozesswerk.bpmn.model.EndEvent;
import org.prozesswerk.bpmn.model.EndPoint;
import org.prozesswerk.bpmn.model.ErrorEventDefinition;
import org.prozesswerk.bpmn.model.Escalation;
import org.prozesswerk.bpmn.model.EscalationEventDefinition;
import org.prozesswerk.bpmn.model.Event;
import org.prozesswerk.bpmn.model.EventBasedGateway;
import org.prozesswerk.bpmn.model.EventBasedGatewayType;
import org.prozesswerk.bpmn.model.EventDefinition;
import org.prozesswerk.bpmn.model.ExclusiveGateway;
import org.prozesswerk.bpmn.model.Expression;
import org.prozesswerk.bpmn.model.Extension;
import org.prozesswerk.bpmn.model.ExtensionElements;
import org.prozesswerk.bpmn.model.FlowElement;
import org.prozesswerk.bpmn.model.FlowNode;
import org.prozesswerk.bpmn.model.FormalExpression;
import org.prozesswerk.bpmn.model.Gateway;
import org.prozesswerk.bpmn.model.GatewayDirection;
import org.prozesswerk.bpmn.model.GlobalBusinessRuleTask;
import org.prozesswerk.bpmn.model.GlobalChoreographyTask;
import org.prozesswerk.bpmn.model.GlobalConversation;
import org.prozesswerk.bpmn.model.GlobalManualTask;
import org.prozesswerk.bpmn.model.GlobalScriptTask;
import org.prozesswerk.bpmn.model.GlobalTask;
import org.prozesswerk.bpmn.model.GlobalUserTask;
import org.prozesswerk.bpmn.model.Group;
import org.prozesswerk.bpmn.model.HumanPerformer;
import org.prozesswerk.bpmn.model.ImplementationMember1;
import org.prozesswerk.bpmn.model.ImplicitThrowEvent;
import org.prozesswerk.bpmn.model.Import;
import org.prozesswerk.bpmn.model.InclusiveGateway;
import org.prozesswerk.bpmn.model.InputOutputBinding;
import org.prozesswerk.bpmn.model.InputOutputSpecification;
import org.prozesswerk.bpmn.model.InputSet;
import org.prozesswerk.bpmn.model.Interface;
import org.prozesswerk.bpmn.model.IntermediateCatchEvent;
import org.prozesswerk.bpmn.model.IntermediateThrowEvent;
import org.prozesswerk.bpmn.model.ItemDefinition;
import org.prozesswerk.bpmn.model.ItemKind;
import org.prozesswerk.bpmn.model.Lane;
import org.prozesswerk.bpmn.model.LaneSet;
import org.prozesswerk.bpmn.model.LinkEventDefinition;
import org.prozesswerk.bpmn.model.LoopCharacteristics;
import org.prozesswerk.bpmn.model.ManualTask;
import org.prozesswerk.bpmn.model.Message;
import org.prozesswerk.bpmn.model.MessageEventDefinition;
import org.prozesswerk.bpmn.model.MessageFlow;
import org.prozesswerk.bpmn.model.MessageFlowAssociation;
import org.prozesswerk.bpmn.model.Monitoring;
import org.prozesswerk.bpmn.model.MultiInstanceFlowCondition;
import org.prozesswerk.bpmn.model.MultiInstanceLoopCharacteristics;
import org.prozesswerk.bpmn.model.Operation;
import org.prozesswerk.bpmn.model.OutputSet;
import org.prozesswerk.bpmn.model.ParallelGateway;
import org.prozesswerk.bpmn.model.Participant;
import org.prozesswerk.bpmn.model.ParticipantAssociation;
import org.prozesswerk.bpmn.model.ParticipantMultiplicity;
import org.prozesswerk.bpmn.model.PartnerEntity;
import org.prozesswerk.bpmn.model.PartnerRole;
import org.prozesswerk.bpmn.model.Performer;
import org.prozesswerk.bpmn.model.PotentialOwner;
import org.prozesswerk.bpmn.model.ProcessType;
import org.prozesswerk.bpmn.model.Property;
import org.prozesswerk.bpmn.model.ReceiveTask;
import org.prozesswerk.bpmn.model.Relationship;
import org.prozesswerk.bpmn.model.RelationshipDirection;
import org.prozesswerk.bpmn.model.Rendering;
import org.prozesswerk.bpmn.model.Resource;
import org.prozesswerk.bpmn.model.ResourceAssignmentExpression;
import org.prozesswerk.bpmn.model.ResourceParameter;
import org.prozesswerk.bpmn.model.ResourceParameterBinding;
import org.prozesswerk.bpmn.model.ResourceRole;
import org.prozesswerk.bpmn.model.RootElement;
import org.prozesswerk.bpmn.model.Script;
import org.prozesswerk.bpmn.model.ScriptTask;
import org.prozesswerk.bpmn.model.SendTask;
import org.prozesswerk.bpmn.model.SequenceFlow;
import org.prozesswerk.bpmn.model.ServiceTask;
import org.prozesswerk.bpmn.model.Signal;
import org.prozesswerk.bpmn.model.SignalEventDefinition;
import org.prozesswerk.bpmn.model.StandardLoopCharacteristics;
import org.prozesswerk.bpmn.model.StartEvent;
import org.prozesswerk.bpmn.model.SubChoreography;
import org.prozesswerk.bpmn.model.SubConversation;
import org.prozesswerk.bpmn.model.SubProcess;
import org.prozesswerk.bpmn.model.Task;
import org.prozesswerk.bpmn.model.TerminateEventDefinition;
import org.prozesswerk.bpmn.model.Text;
import org.prozesswerk.bpmn.model.TextAnnotation;
import org.prozesswerk.bpmn.model.ThrowEvent;
import org.prozesswerk.bpmn.model.TimerEventDefinition;
import org.prozesswerk.bpmn.model.Transaction;
import org.prozesswerk.bpmn.model.TransactionMethodMember1;
import org.prozesswerk.bpmn.model.UserTask;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.prozesswerk.bpmn.model.BpmnPackage
 * @generated
 */
public class BpmnValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final BpmnValidator INSTANCE = new BpmnValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.prozesswerk.bpmn.model"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BpmnValidator() {
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return BpmnPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case BpmnPackage.DOCUMENT_ROOT:
				return validateDocumentRoot((DocumentRoot)value, diagnostics, context);
			case BpmnPackage.ACTIVITY:
				return validateActivity((Activity)value, diagnostics, context);
			case BpmnPackage.AD_HOC_SUB_PROCESS:
				return validateAdHocSubProcess((AdHocSubProcess)value, diagnostics, context);
			case BpmnPackage.ARTIFACT:
				return validateArtifact((Artifact)value, diagnostics, context);
			case BpmnPackage.ASSIGNMENT:
				return validateAssignment((Assignment)value, diagnostics, context);
			case BpmnPackage.ASSOCIATION:
				return validateAssociation((Association)value, diagnostics, context);
			case BpmnPackage.AUDITING:
				return validateAuditing((Auditing)value, diagnostics, context);
			case BpmnPackage.BASE_ELEMENT:
				return validateBaseElement((BaseElement)value, diagnostics, context);
			case BpmnPackage.BASE_ELEMENT_WITH_MIXED_CONTENT:
				return validateBaseElementWithMixedContent((BaseElementWithMixedContent)value, diagnostics, context);
			case BpmnPackage.BOUNDARY_EVENT:
				return validateBoundaryEvent((BoundaryEvent)value, diagnostics, context);
			case BpmnPackage.BUSINESS_RULE_TASK:
				return validateBusinessRuleTask((BusinessRuleTask)value, diagnostics, context);
			case BpmnPackage.CALLABLE_ELEMENT:
				return validateCallableElement((CallableElement)value, diagnostics, context);
			case BpmnPackage.CALL_ACTIVITY:
				return validateCallActivity((CallActivity)value, diagnostics, context);
			case BpmnPackage.CALL_CHOREOGRAPHY:
				return validateCallChoreography((CallChoreography)value, diagnostics, context);
			case BpmnPackage.CALL_CONVERSATION:
				return validateCallConversation((CallConversation)value, diagnostics, context);
			case BpmnPackage.CANCEL_EVENT_DEFINITION:
				return validateCancelEventDefinition((CancelEventDefinition)value, diagnostics, context);
			case BpmnPackage.CATCH_EVENT:
				return validateCatchEvent((CatchEvent)value, diagnostics, context);
			case BpmnPackage.CATEGORY:
				return validateCategory((Category)value, diagnostics, context);
			case BpmnPackage.CATEGORY_VALUE:
				return validateCategoryValue((CategoryValue)value, diagnostics, context);
			case BpmnPackage.CHOREOGRAPHY:
				return validateChoreography((Choreography)value, diagnostics, context);
			case BpmnPackage.CHOREOGRAPHY_ACTIVITY:
				return validateChoreographyActivity((ChoreographyActivity)value, diagnostics, context);
			case BpmnPackage.CHOREOGRAPHY_TASK:
				return validateChoreographyTask((ChoreographyTask)value, diagnostics, context);
			case BpmnPackage.COLLABORATION:
				return validateCollaboration((Collaboration)value, diagnostics, context);
			case BpmnPackage.COMPENSATE_EVENT_DEFINITION:
				return validateCompensateEventDefinition((CompensateEventDefinition)value, diagnostics, context);
			case BpmnPackage.COMPLEX_BEHAVIOR_DEFINITION:
				return validateComplexBehaviorDefinition((ComplexBehaviorDefinition)value, diagnostics, context);
			case BpmnPackage.COMPLEX_GATEWAY:
				return validateComplexGateway((ComplexGateway)value, diagnostics, context);
			case BpmnPackage.CONDITIONAL_EVENT_DEFINITION:
				return validateConditionalEventDefinition((ConditionalEventDefinition)value, diagnostics, context);
			case BpmnPackage.CONVERSATION:
				return validateConversation((Conversation)value, diagnostics, context);
			case BpmnPackage.CONVERSATION_ASSOCIATION:
				return validateConversationAssociation((ConversationAssociation)value, diagnostics, context);
			case BpmnPackage.CONVERSATION_LINK:
				return validateConversationLink((ConversationLink)value, diagnostics, context);
			case BpmnPackage.CONVERSATION_NODE:
				return validateConversationNode((ConversationNode)value, diagnostics, context);
			case BpmnPackage.CORRELATION_KEY:
				return validateCorrelationKey((CorrelationKey)value, diagnostics, context);
			case BpmnPackage.CORRELATION_PROPERTY:
				return validateCorrelationProperty((CorrelationProperty)value, diagnostics, context);
			case BpmnPackage.CORRELATION_PROPERTY_BINDING:
				return validateCorrelationPropertyBinding((CorrelationPropertyBinding)value, diagnostics, context);
			case BpmnPackage.CORRELATION_PROPERTY_RETRIEVAL_EXPRESSION:
				return validateCorrelationPropertyRetrievalExpression((CorrelationPropertyRetrievalExpression)value, diagnostics, context);
			case BpmnPackage.CORRELATION_SUBSCRIPTION:
				return validateCorrelationSubscription((CorrelationSubscription)value, diagnostics, context);
			case BpmnPackage.DATA_ASSOCIATION:
				return validateDataAssociation((DataAssociation)value, diagnostics, context);
			case BpmnPackage.DATA_INPUT:
				return validateDataInput((DataInput)value, diagnostics, context);
			case BpmnPackage.DATA_INPUT_ASSOCIATION:
				return validateDataInputAssociation((DataInputAssociation)value, diagnostics, context);
			case BpmnPackage.DATA_OBJECT:
				return validateDataObject((DataObject)value, diagnostics, context);
			case BpmnPackage.DATA_OBJECT_REFERENCE:
				return validateDataObjectReference((DataObjectReference)value, diagnostics, context);
			case BpmnPackage.DATA_OUTPUT:
				return validateDataOutput((DataOutput)value, diagnostics, context);
			case BpmnPackage.DATA_OUTPUT_ASSOCIATION:
				return validateDataOutputAssociation((DataOutputAssociation)value, diagnostics, context);
			case BpmnPackage.DATA_STATE:
				return validateDataState((DataState)value, diagnostics, context);
			case BpmnPackage.DATA_STORE:
				return validateDataStore((DataStore)value, diagnostics, context);
			case BpmnPackage.DATA_STORE_REFERENCE:
				return validateDataStoreReference((DataStoreReference)value, diagnostics, context);
			case BpmnPackage.DEFINITIONS:
				return validateDefinitions((Definitions)value, diagnostics, context);
			case BpmnPackage.DOCUMENTATION:
				return validateDocumentation((Documentation)value, diagnostics, context);
			case BpmnPackage.END_EVENT:
				return validateEndEvent((EndEvent)value, diagnostics, context);
			case BpmnPackage.END_POINT:
				return validateEndPoint((EndPoint)value, diagnostics, context);
			case BpmnPackage.ERROR:
				return validateError((org.prozesswerk.bpmn.model.Error)value, diagnostics, context);
			case BpmnPackage.ERROR_EVENT_DEFINITION:
				return validateErrorEventDefinition((ErrorEventDefinition)value, diagnostics, context);
			case BpmnPackage.ESCALATION:
				return validateEscalation((Escalation)value, diagnostics, context);
			case BpmnPackage.ESCALATION_EVENT_DEFINITION:
				return validateEscalationEventDefinition((EscalationEventDefinition)value, diagnostics, context);
			case BpmnPackage.EVENT:
				return validateEvent((Event)value, diagnostics, context);
			case BpmnPackage.EVENT_BASED_GATEWAY:
				return validateEventBasedGateway((EventBasedGateway)value, diagnostics, context);
			case BpmnPackage.EVENT_DEFINITION:
				return validateEventDefinition((EventDefinition)value, diagnostics, context);
			case BpmnPackage.EXCLUSIVE_GATEWAY:
				return validateExclusiveGateway((ExclusiveGateway)value, diagnostics, context);
			case BpmnPackage.EXPRESSION:
				return validateExpression((Expression)value, diagnostics, context);
			case BpmnPackage.EXTENSION:
				return validateExtension((Extension)value, diagnostics, context);
			case BpmnPackage.EXTENSION_ELEMENTS:
				return validateExtensionElements((ExtensionElements)value, diagnostics, context);
			case BpmnPackage.FLOW_ELEMENT:
				return validateFlowElement((FlowElement)value, diagnostics, context);
			case BpmnPackage.FLOW_NODE:
				return validateFlowNode((FlowNode)value, diagnostics, context);
			case BpmnPackage.FORMAL_EXPRESSION:
				return validateFormalExpression((FormalExpression)value, diagnostics, context);
			case BpmnPackage.GATEWAY:
				return validateGateway((Gateway)value, diagnostics, context);
			case BpmnPackage.GLOBAL_BUSINESS_RULE_TASK:
				return validateGlobalBusinessRuleTask((GlobalBusinessRuleTask)value, diagnostics, context);
			case BpmnPackage.GLOBAL_CHOREOGRAPHY_TASK:
				return validateGlobalChoreographyTask((GlobalChoreographyTask)value, diagnostics, context);
			case BpmnPackage.GLOBAL_CONVERSATION:
				return validateGlobalConversation((GlobalConversation)value, diagnostics, context);
			case BpmnPackage.GLOBAL_MANUAL_TASK:
				return validateGlobalManualTask((GlobalManualTask)value, diagnostics, context);
			case BpmnPackage.GLOBAL_SCRIPT_TASK:
				return validateGlobalScriptTask((GlobalScriptTask)value, diagnostics, context);
			case BpmnPackage.GLOBAL_TASK:
				return validateGlobalTask((GlobalTask)value, diagnostics, context);
			case BpmnPackage.GLOBAL_USER_TASK:
				return validateGlobalUserTask((GlobalUserTask)value, diagnostics, context);
			case BpmnPackage.GROUP:
				return validateGroup((Group)value, diagnostics, context);
			case BpmnPackage.HUMAN_PERFORMER:
				return validateHumanPerformer((HumanPerformer)value, diagnostics, context);
			case BpmnPackage.IMPLICIT_THROW_EVENT:
				return validateImplicitThrowEvent((ImplicitThrowEvent)value, diagnostics, context);
			case BpmnPackage.IMPORT:
				return validateImport((Import)value, diagnostics, context);
			case BpmnPackage.INCLUSIVE_GATEWAY:
				return validateInclusiveGateway((InclusiveGateway)value, diagnostics, context);
			case BpmnPackage.INPUT_OUTPUT_BINDING:
				return validateInputOutputBinding((InputOutputBinding)value, diagnostics, context);
			case BpmnPackage.INPUT_OUTPUT_SPECIFICATION:
				return validateInputOutputSpecification((InputOutputSpecification)value, diagnostics, context);
			case BpmnPackage.INPUT_SET:
				return validateInputSet((InputSet)value, diagnostics, context);
			case BpmnPackage.INTERFACE:
				return validateInterface((Interface)value, diagnostics, context);
			case BpmnPackage.INTERMEDIATE_CATCH_EVENT:
				return validateIntermediateCatchEvent((IntermediateCatchEvent)value, diagnostics, context);
			case BpmnPackage.INTERMEDIATE_THROW_EVENT:
				return validateIntermediateThrowEvent((IntermediateThrowEvent)value, diagnostics, context);
			case BpmnPackage.ITEM_DEFINITION:
				return validateItemDefinition((ItemDefinition)value, diagnostics, context);
			case BpmnPackage.LANE:
				return validateLane((Lane)value, diagnostics, context);
			case BpmnPackage.LANE_SET:
				return validateLaneSet((LaneSet)value, diagnostics, context);
			case BpmnPackage.LINK_EVENT_DEFINITION:
				return validateLinkEventDefinition((LinkEventDefinition)value, diagnostics, context);
			case BpmnPackage.LOOP_CHARACTERISTICS:
				return validateLoopCharacteristics((LoopCharacteristics)value, diagnostics, context);
			case BpmnPackage.MANUAL_TASK:
				return validateManualTask((ManualTask)value, diagnostics, context);
			case BpmnPackage.MESSAGE:
				return validateMessage((Message)value, diagnostics, context);
			case BpmnPackage.MESSAGE_EVENT_DEFINITION:
				return validateMessageEventDefinition((MessageEventDefinition)value, diagnostics, context);
			case BpmnPackage.MESSAGE_FLOW:
				return validateMessageFlow((MessageFlow)value, diagnostics, context);
			case BpmnPackage.MESSAGE_FLOW_ASSOCIATION:
				return validateMessageFlowAssociation((MessageFlowAssociation)value, diagnostics, context);
			case BpmnPackage.MONITORING:
				return validateMonitoring((Monitoring)value, diagnostics, context);
			case BpmnPackage.MULTI_INSTANCE_LOOP_CHARACTERISTICS:
				return validateMultiInstanceLoopCharacteristics((MultiInstanceLoopCharacteristics)value, diagnostics, context);
			case BpmnPackage.OPERATION:
				return validateOperation((Operation)value, diagnostics, context);
			case BpmnPackage.OUTPUT_SET:
				return validateOutputSet((OutputSet)value, diagnostics, context);
			case BpmnPackage.PARALLEL_GATEWAY:
				return validateParallelGateway((ParallelGateway)value, diagnostics, context);
			case BpmnPackage.PARTICIPANT:
				return validateParticipant((Participant)value, diagnostics, context);
			case BpmnPackage.PARTICIPANT_ASSOCIATION:
				return validateParticipantAssociation((ParticipantAssociation)value, diagnostics, context);
			case BpmnPackage.PARTICIPANT_MULTIPLICITY:
				return validateParticipantMultiplicity((ParticipantMultiplicity)value, diagnostics, context);
			case BpmnPackage.PARTNER_ENTITY:
				return validatePartnerEntity((PartnerEntity)value, diagnostics, context);
			case BpmnPackage.PARTNER_ROLE:
				return validatePartnerRole((PartnerRole)value, diagnostics, context);
			case BpmnPackage.PERFORMER:
				return validatePerformer((Performer)value, diagnostics, context);
			case BpmnPackage.POTENTIAL_OWNER:
				return validatePotentialOwner((PotentialOwner)value, diagnostics, context);
			case BpmnPackage.PROCESS:
				return validateProcess((org.prozesswerk.bpmn.model.Process)value, diagnostics, context);
			case BpmnPackage.PROPERTY:
				return validateProperty((Property)value, diagnostics, context);
			case BpmnPackage.RECEIVE_TASK:
				return validateReceiveTask((ReceiveTask)value, diagnostics, context);
			case BpmnPackage.RELATIONSHIP:
				return validateRelationship((Relationship)value, diagnostics, context);
			case BpmnPackage.RENDERING:
				return validateRendering((Rendering)value, diagnostics, context);
			case BpmnPackage.RESOURCE:
				return validateResource((Resource)value, diagnostics, context);
			case BpmnPackage.RESOURCE_ASSIGNMENT_EXPRESSION:
				return validateResourceAssignmentExpression((ResourceAssignmentExpression)value, diagnostics, context);
			case BpmnPackage.RESOURCE_PARAMETER:
				return validateResourceParameter((ResourceParameter)value, diagnostics, context);
			case BpmnPackage.RESOURCE_PARAMETER_BINDING:
				return validateResourceParameterBinding((ResourceParameterBinding)value, diagnostics, context);
			case BpmnPackage.RESOURCE_ROLE:
				return validateResourceRole((ResourceRole)value, diagnostics, context);
			case BpmnPackage.ROOT_ELEMENT:
				return validateRootElement((RootElement)value, diagnostics, context);
			case BpmnPackage.SCRIPT:
				return validateScript((Script)value, diagnostics, context);
			case BpmnPackage.SCRIPT_TASK:
				return validateScriptTask((ScriptTask)value, diagnostics, context);
			case BpmnPackage.SEND_TASK:
				return validateSendTask((SendTask)value, diagnostics, context);
			case BpmnPackage.SEQUENCE_FLOW:
				return validateSequenceFlow((SequenceFlow)value, diagnostics, context);
			case BpmnPackage.SERVICE_TASK:
				return validateServiceTask((ServiceTask)value, diagnostics, context);
			case BpmnPackage.SIGNAL:
				return validateSignal((Signal)value, diagnostics, context);
			case BpmnPackage.SIGNAL_EVENT_DEFINITION:
				return validateSignalEventDefinition((SignalEventDefinition)value, diagnostics, context);
			case BpmnPackage.STANDARD_LOOP_CHARACTERISTICS:
				return validateStandardLoopCharacteristics((StandardLoopCharacteristics)value, diagnostics, context);
			case BpmnPackage.START_EVENT:
				return validateStartEvent((StartEvent)value, diagnostics, context);
			case BpmnPackage.SUB_CHOREOGRAPHY:
				return validateSubChoreography((SubChoreography)value, diagnostics, context);
			case BpmnPackage.SUB_CONVERSATION:
				return validateSubConversation((SubConversation)value, diagnostics, context);
			case BpmnPackage.SUB_PROCESS:
				return validateSubProcess((SubProcess)value, diagnostics, context);
			case BpmnPackage.TASK:
				return validateTask((Task)value, diagnostics, context);
			case BpmnPackage.TERMINATE_EVENT_DEFINITION:
				return validateTerminateEventDefinition((TerminateEventDefinition)value, diagnostics, context);
			case BpmnPackage.TEXT:
				return validateText((Text)value, diagnostics, context);
			case BpmnPackage.TEXT_ANNOTATION:
				return validateTextAnnotation((TextAnnotation)value, diagnostics, context);
			case BpmnPackage.THROW_EVENT:
				return validateThrowEvent((ThrowEvent)value, diagnostics, context);
			case BpmnPackage.TIMER_EVENT_DEFINITION:
				return validateTimerEventDefinition((TimerEventDefinition)value, diagnostics, context);
			case BpmnPackage.TRANSACTION:
				return validateTransaction((Transaction)value, diagnostics, context);
			case BpmnPackage.USER_TASK:
				return validateUserTask((UserTask)value, diagnostics, context);
			case BpmnPackage.AD_HOC_ORDERING:
				return validateAdHocOrdering((AdHocOrdering)value, diagnostics, context);
			case BpmnPackage.ASSOCIATION_DIRECTION:
				return validateAssociationDirection((AssociationDirection)value, diagnostics, context);
			case BpmnPackage.CHOREOGRAPHY_LOOP_TYPE:
				return validateChoreographyLoopType((ChoreographyLoopType)value, diagnostics, context);
			case BpmnPackage.EVENT_BASED_GATEWAY_TYPE:
				return validateEventBasedGatewayType((EventBasedGatewayType)value, diagnostics, context);
			case BpmnPackage.GATEWAY_DIRECTION:
				return validateGatewayDirection((GatewayDirection)value, diagnostics, context);
			case BpmnPackage.IMPLEMENTATION_MEMBER1:
				return validateImplementationMember1((ImplementationMember1)value, diagnostics, context);
			case BpmnPackage.ITEM_KIND:
				return validateItemKind((ItemKind)value, diagnostics, context);
			case BpmnPackage.MULTI_INSTANCE_FLOW_CONDITION:
				return validateMultiInstanceFlowCondition((MultiInstanceFlowCondition)value, diagnostics, context);
			case BpmnPackage.PROCESS_TYPE:
				return validateProcessType((ProcessType)value, diagnostics, context);
			case BpmnPackage.RELATIONSHIP_DIRECTION:
				return validateRelationshipDirection((RelationshipDirection)value, diagnostics, context);
			case BpmnPackage.TRANSACTION_METHOD_MEMBER1:
				return validateTransactionMethodMember1((TransactionMethodMember1)value, diagnostics, context);
			case BpmnPackage.AD_HOC_ORDERING_OBJECT:
				return validateAdHocOrderingObject((AdHocOrdering)value, diagnostics, context);
			case BpmnPackage.ASSOCIATION_DIRECTION_OBJECT:
				return validateAssociationDirectionObject((AssociationDirection)value, diagnostics, context);
			case BpmnPackage.CHOREOGRAPHY_LOOP_TYPE_OBJECT:
				return validateChoreographyLoopTypeObject((ChoreographyLoopType)value, diagnostics, context);
			case BpmnPackage.EVENT_BASED_GATEWAY_TYPE_OBJECT:
				return validateEventBasedGatewayTypeObject((EventBasedGatewayType)value, diagnostics, context);
			case BpmnPackage.GATEWAY_DIRECTION_OBJECT:
				return validateGatewayDirectionObject((GatewayDirection)value, diagnostics, context);
			case BpmnPackage.IMPLEMENTATION:
				return validateImplementation(value, diagnostics, context);
			case BpmnPackage.IMPLEMENTATION_MEMBER1_OBJECT:
				return validateImplementationMember1Object((ImplementationMember1)value, diagnostics, context);
			case BpmnPackage.ITEM_KIND_OBJECT:
				return validateItemKindObject((ItemKind)value, diagnostics, context);
			case BpmnPackage.MULTI_INSTANCE_FLOW_CONDITION_OBJECT:
				return validateMultiInstanceFlowConditionObject((MultiInstanceFlowCondition)value, diagnostics, context);
			case BpmnPackage.PROCESS_TYPE_OBJECT:
				return validateProcessTypeObject((ProcessType)value, diagnostics, context);
			case BpmnPackage.RELATIONSHIP_DIRECTION_OBJECT:
				return validateRelationshipDirectionObject((RelationshipDirection)value, diagnostics, context);
			case BpmnPackage.TRANSACTION_METHOD:
				return validateTransactionMethod(value, diagnostics, context);
			case BpmnPackage.TRANSACTION_METHOD_MEMBER1_OBJECT:
				return validateTransactionMethodMember1Object((TransactionMethodMember1)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocumentRoot(DocumentRoot documentRoot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(documentRoot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivity(Activity activity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(activity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdHocSubProcess(AdHocSubProcess adHocSubProcess, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(adHocSubProcess, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArtifact(Artifact artifact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(artifact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssignment(Assignment assignment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assignment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssociation(Association association, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(association, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuditing(Auditing auditing, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(auditing, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBaseElement(BaseElement baseElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(baseElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBaseElementWithMixedContent(BaseElementWithMixedContent baseElementWithMixedContent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(baseElementWithMixedContent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBoundaryEvent(BoundaryEvent boundaryEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(boundaryEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBusinessRuleTask(BusinessRuleTask businessRuleTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(businessRuleTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallableElement(CallableElement callableElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(callableElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallActivity(CallActivity callActivity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(callActivity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallChoreography(CallChoreography callChoreography, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(callChoreography, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallConversation(CallConversation callConversation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(callConversation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCancelEventDefinition(CancelEventDefinition cancelEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cancelEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatchEvent(CatchEvent catchEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(catchEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCategory(Category category, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(category, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCategoryValue(CategoryValue categoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(categoryValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChoreography(Choreography choreography, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(choreography, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChoreographyActivity(ChoreographyActivity choreographyActivity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(choreographyActivity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChoreographyTask(ChoreographyTask choreographyTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(choreographyTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCollaboration(Collaboration collaboration, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(collaboration, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompensateEventDefinition(CompensateEventDefinition compensateEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(compensateEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComplexBehaviorDefinition(ComplexBehaviorDefinition complexBehaviorDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(complexBehaviorDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComplexGateway(ComplexGateway complexGateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(complexGateway, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConditionalEventDefinition(ConditionalEventDefinition conditionalEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conditionalEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConversation(Conversation conversation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conversation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConversationAssociation(ConversationAssociation conversationAssociation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conversationAssociation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConversationLink(ConversationLink conversationLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conversationLink, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConversationNode(ConversationNode conversationNode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conversationNode, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCorrelationKey(CorrelationKey correlationKey, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(correlationKey, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCorrelationProperty(CorrelationProperty correlationProperty, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(correlationProperty, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCorrelationPropertyBinding(CorrelationPropertyBinding correlationPropertyBinding, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(correlationPropertyBinding, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCorrelationPropertyRetrievalExpression(CorrelationPropertyRetrievalExpression correlationPropertyRetrievalExpression, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(correlationPropertyRetrievalExpression, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCorrelationSubscription(CorrelationSubscription correlationSubscription, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(correlationSubscription, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataAssociation(DataAssociation dataAssociation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataAssociation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataInput(DataInput dataInput, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataInput, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataInputAssociation(DataInputAssociation dataInputAssociation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataInputAssociation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataObject(DataObject dataObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataObject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataObjectReference(DataObjectReference dataObjectReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataObjectReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataOutput(DataOutput dataOutput, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataOutput, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataOutputAssociation(DataOutputAssociation dataOutputAssociation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataOutputAssociation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataState(DataState dataState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataState, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataStore(DataStore dataStore, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataStore, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataStoreReference(DataStoreReference dataStoreReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataStoreReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDefinitions(Definitions definitions, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(definitions, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocumentation(Documentation documentation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(documentation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndEvent(EndEvent endEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(endEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndPoint(EndPoint endPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(endPoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateError(org.prozesswerk.bpmn.model.Error error, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(error, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateErrorEventDefinition(ErrorEventDefinition errorEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(errorEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEscalation(Escalation escalation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(escalation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEscalationEventDefinition(EscalationEventDefinition escalationEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(escalationEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvent(Event event, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(event, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventBasedGateway(EventBasedGateway eventBasedGateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(eventBasedGateway, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventDefinition(EventDefinition eventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(eventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExclusiveGateway(ExclusiveGateway exclusiveGateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(exclusiveGateway, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExpression(Expression expression, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(expression, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExtension(Extension extension, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(extension, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExtensionElements(ExtensionElements extensionElements, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(extensionElements, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlowElement(FlowElement flowElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flowElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlowNode(FlowNode flowNode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flowNode, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormalExpression(FormalExpression formalExpression, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(formalExpression, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGateway(Gateway gateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(gateway, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalBusinessRuleTask(GlobalBusinessRuleTask globalBusinessRuleTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(globalBusinessRuleTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalChoreographyTask(GlobalChoreographyTask globalChoreographyTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(globalChoreographyTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalConversation(GlobalConversation globalConversation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(globalConversation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalManualTask(GlobalManualTask globalManualTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(globalManualTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalScriptTask(GlobalScriptTask globalScriptTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(globalScriptTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalTask(GlobalTask globalTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(globalTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGlobalUserTask(GlobalUserTask globalUserTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(globalUserTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGroup(Group group, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(group, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHumanPerformer(HumanPerformer humanPerformer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(humanPerformer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplicitThrowEvent(ImplicitThrowEvent implicitThrowEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(implicitThrowEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImport(Import import_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(import_, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInclusiveGateway(InclusiveGateway inclusiveGateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(inclusiveGateway, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInputOutputBinding(InputOutputBinding inputOutputBinding, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(inputOutputBinding, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInputOutputSpecification(InputOutputSpecification inputOutputSpecification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(inputOutputSpecification, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInputSet(InputSet inputSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(inputSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterface(Interface interface_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interface_, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntermediateCatchEvent(IntermediateCatchEvent intermediateCatchEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(intermediateCatchEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntermediateThrowEvent(IntermediateThrowEvent intermediateThrowEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(intermediateThrowEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemDefinition(ItemDefinition itemDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(itemDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLane(Lane lane, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lane, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLaneSet(LaneSet laneSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(laneSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLinkEventDefinition(LinkEventDefinition linkEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(linkEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLoopCharacteristics(LoopCharacteristics loopCharacteristics, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(loopCharacteristics, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateManualTask(ManualTask manualTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(manualTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessage(Message message, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(message, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessageEventDefinition(MessageEventDefinition messageEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(messageEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessageFlow(MessageFlow messageFlow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(messageFlow, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessageFlowAssociation(MessageFlowAssociation messageFlowAssociation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(messageFlowAssociation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMonitoring(Monitoring monitoring, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(monitoring, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMultiInstanceLoopCharacteristics(MultiInstanceLoopCharacteristics multiInstanceLoopCharacteristics, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(multiInstanceLoopCharacteristics, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOperation(Operation operation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(operation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOutputSet(OutputSet outputSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(outputSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParallelGateway(ParallelGateway parallelGateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(parallelGateway, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipant(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(participant, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipantAssociation(ParticipantAssociation participantAssociation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(participantAssociation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipantMultiplicity(ParticipantMultiplicity participantMultiplicity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(participantMultiplicity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartnerEntity(PartnerEntity partnerEntity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(partnerEntity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartnerRole(PartnerRole partnerRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(partnerRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerformer(Performer performer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(performer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePotentialOwner(PotentialOwner potentialOwner, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(potentialOwner, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcess(org.prozesswerk.bpmn.model.Process process, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(process, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProperty(Property property, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(property, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReceiveTask(ReceiveTask receiveTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(receiveTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(relationship, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRendering(Rendering rendering, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rendering, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResource(Resource resource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(resource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResourceAssignmentExpression(ResourceAssignmentExpression resourceAssignmentExpression, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(resourceAssignmentExpression, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResourceParameter(ResourceParameter resourceParameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(resourceParameter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResourceParameterBinding(ResourceParameterBinding resourceParameterBinding, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(resourceParameterBinding, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResourceRole(ResourceRole resourceRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(resourceRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRootElement(RootElement rootElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rootElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScript(Script script, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(script, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScriptTask(ScriptTask scriptTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scriptTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSendTask(SendTask sendTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sendTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSequenceFlow(SequenceFlow sequenceFlow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sequenceFlow, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceTask(ServiceTask serviceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(serviceTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(signal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignalEventDefinition(SignalEventDefinition signalEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(signalEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardLoopCharacteristics(StandardLoopCharacteristics standardLoopCharacteristics, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(standardLoopCharacteristics, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStartEvent(StartEvent startEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(startEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubChoreography(SubChoreography subChoreography, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(subChoreography, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubConversation(SubConversation subConversation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(subConversation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubProcess(SubProcess subProcess, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(subProcess, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTask(Task task, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(task, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTerminateEventDefinition(TerminateEventDefinition terminateEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(terminateEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateText(Text text, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(text, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTextAnnotation(TextAnnotation textAnnotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(textAnnotation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateThrowEvent(ThrowEvent throwEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(throwEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimerEventDefinition(TimerEventDefinition timerEventDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(timerEventDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransaction(Transaction transaction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(transaction, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUserTask(UserTask userTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(userTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdHocOrdering(AdHocOrdering adHocOrdering, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssociationDirection(AssociationDirection associationDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChoreographyLoopType(ChoreographyLoopType choreographyLoopType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventBasedGatewayType(EventBasedGatewayType eventBasedGatewayType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGatewayDirection(GatewayDirection gatewayDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementationMember1(ImplementationMember1 implementationMember1, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemKind(ItemKind itemKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMultiInstanceFlowCondition(MultiInstanceFlowCondition multiInstanceFlowCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessType(ProcessType processType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationshipDirection(RelationshipDirection relationshipDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransactionMethodMember1(TransactionMethodMember1 transactionMethodMember1, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdHocOrderingObject(AdHocOrdering adHocOrderingObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssociationDirectionObject(AssociationDirection associationDirectionObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChoreographyLoopTypeObject(ChoreographyLoopType choreographyLoopTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventBasedGatewayTypeObject(EventBasedGatewayType eventBasedGatewayTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGatewayDirectionObject(GatewayDirection gatewayDirectionObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementation(Object implementation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateImplementation_MemberTypes(implementation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MemberTypes constraint of '<em>Implementation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementation_MemberTypes(Object implementation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (diagnostics != null) {
			BasicDiagnostic tempDiagnostics = new BasicDiagnostic();
			if (XMLTypePackage.Literals.ANY_URI.isInstance(implementation)) {
				if (xmlTypeValidator.validateAnyURI((String)implementation, tempDiagnostics, context)) return true;
			}
			if (BpmnPackage.eINSTANCE.getImplementationMember1().isInstance(implementation)) {
				if (validateImplementationMember1((ImplementationMember1)implementation, tempDiagnostics, context)) return true;
			}
			for (Diagnostic diagnostic : tempDiagnostics.getChildren()) {
				diagnostics.add(diagnostic);
			}
		}
		else {
			if (XMLTypePackage.Literals.ANY_URI.isInstance(implementation)) {
				if (xmlTypeValidator.validateAnyURI((String)implementation, null, context)) return true;
			}
			if (BpmnPackage.eINSTANCE.getImplementationMember1().isInstance(implementation)) {
				if (validateImplementationMember1((ImplementationMember1)implementation, null, context)) return true;
			}
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImplementationMember1Object(ImplementationMember1 implementationMember1Object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemKindObject(ItemKind itemKindObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMultiInstanceFlowConditionObject(MultiInstanceFlowCondition multiInstanceFlowConditionObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcessTypeObject(ProcessType processTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationshipDirectionObject(RelationshipDirection relationshipDirectionObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransactionMethod(Object transactionMethod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateTransactionMethod_MemberTypes(transactionMethod, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MemberTypes constraint of '<em>Transaction Method</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransactionMethod_MemberTypes(Object transactionMethod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (diagnostics != null) {
			BasicDiagnostic tempDiagnostics = new BasicDiagnostic();
			if (XMLTypePackage.Literals.ANY_URI.isInstance(transactionMethod)) {
				if (xmlTypeValidator.validateAnyURI((String)transactionMethod, tempDiagnostics, context)) return true;
			}
			if (BpmnPackage.eINSTANCE.getTransactionMethodMember1().isInstance(transactionMethod)) {
				if (validateTransactionMethodMember1((TransactionMethodMember1)transactionMethod, tempDiagnostics, context)) return true;
			}
			for (Diagnostic diagnostic : tempDiagnostics.getChildren()) {
				diagnostics.add(diagnostic);
			}
		}
		else {
			if (XMLTypePackage.Literals.ANY_URI.isInstance(transactionMethod)) {
				if (xmlTypeValidator.validateAnyURI((String)transactionMethod, null, context)) return true;
			}
			if (BpmnPackage.eINSTANCE.getTransactionMethodMember1().isInstance(transactionMethod)) {
				if (validateTransactionMethodMember1((TransactionMethodMember1)transactionMethod, null, context)) return true;
			}
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTransactionMethodMember1Object(TransactionMethodMember1 transactionMethodMember1Object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //BpmnValidator
