/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.util.Diagnostician;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.prozesswerk.bpmn.model.AdHocOrdering;
import org.prozesswerk.bpmn.model.AdHocSubProcess;
import org.prozesswerk.bpmn.model.Assignment;
import org.prozesswerk.bpmn.model.Association;
import org.prozesswerk.bpmn.model.AssociationDirection;
import org.prozesswerk.bpmn.model.Auditing;
import org.prozesswerk.bpmn.model.BoundaryEvent;
import org.prozesswerk.bpmn.model.BpmnFactory;
import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.BusinessRuleTask;
import org.prozesswerk.bpmn.model.CallActivity;
import org.prozesswerk.bpmn.model.CallChoreography;
import org.prozesswerk.bpmn.model.CallConversation;
import org.prozesswerk.bpmn.model.CallableElement;
import org.prozesswerk.bpmn.model.CancelEventDefinition;
import org.prozesswerk.bpmn.model.Category;
import org.prozesswerk.bpmn.model.CategoryValue;
import org.prozesswerk.bpmn.model.Choreography;
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
import org.prozesswerk.bpmn.model.EventBasedGateway;
import org.prozesswerk.bpmn.model.EventBasedGatewayType;
import org.prozesswerk.bpmn.model.ExclusiveGateway;
import org.prozesswerk.bpmn.model.Expression;
import org.prozesswerk.bpmn.model.Extension;
import org.prozesswerk.bpmn.model.ExtensionElements;
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
import org.prozesswerk.bpmn.model.TimerEventDefinition;
import org.prozesswerk.bpmn.model.Transaction;
import org.prozesswerk.bpmn.model.TransactionMethodMember1;
import org.prozesswerk.bpmn.model.UserTask;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BpmnFactoryImpl extends EFactoryImpl implements BpmnFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static BpmnFactory init() {
		try {
			BpmnFactory theBpmnFactory = (BpmnFactory)EPackage.Registry.INSTANCE.getEFactory(BpmnPackage.eNS_URI);
			if (theBpmnFactory != null) {
				return theBpmnFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new BpmnFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BpmnFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case BpmnPackage.DOCUMENT_ROOT: return createDocumentRoot();
			case BpmnPackage.AD_HOC_SUB_PROCESS: return createAdHocSubProcess();
			case BpmnPackage.ASSIGNMENT: return createAssignment();
			case BpmnPackage.ASSOCIATION: return createAssociation();
			case BpmnPackage.AUDITING: return createAuditing();
			case BpmnPackage.BOUNDARY_EVENT: return createBoundaryEvent();
			case BpmnPackage.BUSINESS_RULE_TASK: return createBusinessRuleTask();
			case BpmnPackage.CALLABLE_ELEMENT: return createCallableElement();
			case BpmnPackage.CALL_ACTIVITY: return createCallActivity();
			case BpmnPackage.CALL_CHOREOGRAPHY: return createCallChoreography();
			case BpmnPackage.CALL_CONVERSATION: return createCallConversation();
			case BpmnPackage.CANCEL_EVENT_DEFINITION: return createCancelEventDefinition();
			case BpmnPackage.CATEGORY: return createCategory();
			case BpmnPackage.CATEGORY_VALUE: return createCategoryValue();
			case BpmnPackage.CHOREOGRAPHY: return createChoreography();
			case BpmnPackage.CHOREOGRAPHY_TASK: return createChoreographyTask();
			case BpmnPackage.COLLABORATION: return createCollaboration();
			case BpmnPackage.COMPENSATE_EVENT_DEFINITION: return createCompensateEventDefinition();
			case BpmnPackage.COMPLEX_BEHAVIOR_DEFINITION: return createComplexBehaviorDefinition();
			case BpmnPackage.COMPLEX_GATEWAY: return createComplexGateway();
			case BpmnPackage.CONDITIONAL_EVENT_DEFINITION: return createConditionalEventDefinition();
			case BpmnPackage.CONVERSATION: return createConversation();
			case BpmnPackage.CONVERSATION_ASSOCIATION: return createConversationAssociation();
			case BpmnPackage.CONVERSATION_LINK: return createConversationLink();
			case BpmnPackage.CORRELATION_KEY: return createCorrelationKey();
			case BpmnPackage.CORRELATION_PROPERTY: return createCorrelationProperty();
			case BpmnPackage.CORRELATION_PROPERTY_BINDING: return createCorrelationPropertyBinding();
			case BpmnPackage.CORRELATION_PROPERTY_RETRIEVAL_EXPRESSION: return createCorrelationPropertyRetrievalExpression();
			case BpmnPackage.CORRELATION_SUBSCRIPTION: return createCorrelationSubscription();
			case BpmnPackage.DATA_ASSOCIATION: return createDataAssociation();
			case BpmnPackage.DATA_INPUT: return createDataInput();
			case BpmnPackage.DATA_INPUT_ASSOCIATION: return createDataInputAssociation();
			case BpmnPackage.DATA_OBJECT: return createDataObject();
			case BpmnPackage.DATA_OBJECT_REFERENCE: return createDataObjectReference();
			case BpmnPackage.DATA_OUTPUT: return createDataOutput();
			case BpmnPackage.DATA_OUTPUT_ASSOCIATION: return createDataOutputAssociation();
			case BpmnPackage.DATA_STATE: return createDataState();
			case BpmnPackage.DATA_STORE: return createDataStore();
			case BpmnPackage.DATA_STORE_REFERENCE: return createDataStoreReference();
			case BpmnPackage.DEFINITIONS: return createDefinitions();
			case BpmnPackage.DOCUMENTATION: return createDocumentation();
			case BpmnPackage.END_EVENT: return createEndEvent();
			case BpmnPackage.END_POINT: return createEndPoint();
			case BpmnPackage.ERROR: return createError();
			case BpmnPackage.ERROR_EVENT_DEFINITION: return createErrorEventDefinition();
			case BpmnPackage.ESCALATION: return createEscalation();
			case BpmnPackage.ESCALATION_EVENT_DEFINITION: return createEscalationEventDefinition();
			case BpmnPackage.EVENT_BASED_GATEWAY: return createEventBasedGateway();
			case BpmnPackage.EXCLUSIVE_GATEWAY: return createExclusiveGateway();
			case BpmnPackage.EXPRESSION: return createExpression();
			case BpmnPackage.EXTENSION: return createExtension();
			case BpmnPackage.EXTENSION_ELEMENTS: return createExtensionElements();
			case BpmnPackage.FORMAL_EXPRESSION: return createFormalExpression();
			case BpmnPackage.GATEWAY: return createGateway();
			case BpmnPackage.GLOBAL_BUSINESS_RULE_TASK: return createGlobalBusinessRuleTask();
			case BpmnPackage.GLOBAL_CHOREOGRAPHY_TASK: return createGlobalChoreographyTask();
			case BpmnPackage.GLOBAL_CONVERSATION: return createGlobalConversation();
			case BpmnPackage.GLOBAL_MANUAL_TASK: return createGlobalManualTask();
			case BpmnPackage.GLOBAL_SCRIPT_TASK: return createGlobalScriptTask();
			case BpmnPackage.GLOBAL_TASK: return createGlobalTask();
			case BpmnPackage.GLOBAL_USER_TASK: return createGlobalUserTask();
			case BpmnPackage.GROUP: return createGroup();
			case BpmnPackage.HUMAN_PERFORMER: return createHumanPerformer();
			case BpmnPackage.IMPLICIT_THROW_EVENT: return createImplicitThrowEvent();
			case BpmnPackage.IMPORT: return createImport();
			case BpmnPackage.INCLUSIVE_GATEWAY: return createInclusiveGateway();
			case BpmnPackage.INPUT_OUTPUT_BINDING: return createInputOutputBinding();
			case BpmnPackage.INPUT_OUTPUT_SPECIFICATION: return createInputOutputSpecification();
			case BpmnPackage.INPUT_SET: return createInputSet();
			case BpmnPackage.INTERFACE: return createInterface();
			case BpmnPackage.INTERMEDIATE_CATCH_EVENT: return createIntermediateCatchEvent();
			case BpmnPackage.INTERMEDIATE_THROW_EVENT: return createIntermediateThrowEvent();
			case BpmnPackage.ITEM_DEFINITION: return createItemDefinition();
			case BpmnPackage.LANE: return createLane();
			case BpmnPackage.LANE_SET: return createLaneSet();
			case BpmnPackage.LINK_EVENT_DEFINITION: return createLinkEventDefinition();
			case BpmnPackage.MANUAL_TASK: return createManualTask();
			case BpmnPackage.MESSAGE: return createMessage();
			case BpmnPackage.MESSAGE_EVENT_DEFINITION: return createMessageEventDefinition();
			case BpmnPackage.MESSAGE_FLOW: return createMessageFlow();
			case BpmnPackage.MESSAGE_FLOW_ASSOCIATION: return createMessageFlowAssociation();
			case BpmnPackage.MONITORING: return createMonitoring();
			case BpmnPackage.MULTI_INSTANCE_LOOP_CHARACTERISTICS: return createMultiInstanceLoopCharacteristics();
			case BpmnPackage.OPERATION: return createOperation();
			case BpmnPackage.OUTPUT_SET: return createOutputSet();
			case BpmnPackage.PARALLEL_GATEWAY: return createParallelGateway();
			case BpmnPackage.PARTICIPANT: return createParticipant();
			case BpmnPackage.PARTICIPANT_ASSOCIATION: return createParticipantAssociation();
			case BpmnPackage.PARTICIPANT_MULTIPLICITY: return createParticipantMultiplicity();
			case BpmnPackage.PARTNER_ENTITY: return createPartnerEntity();
			case BpmnPackage.PARTNER_ROLE: return createPartnerRole();
			case BpmnPackage.PERFORMER: return createPerformer();
			case BpmnPackage.POTENTIAL_OWNER: return createPotentialOwner();
			case BpmnPackage.PROCESS: return createProcess();
			case BpmnPackage.PROPERTY: return createProperty();
			case BpmnPackage.RECEIVE_TASK: return createReceiveTask();
			case BpmnPackage.RELATIONSHIP: return createRelationship();
			case BpmnPackage.RENDERING: return createRendering();
			case BpmnPackage.RESOURCE: return createResource();
			case BpmnPackage.RESOURCE_ASSIGNMENT_EXPRESSION: return createResourceAssignmentExpression();
			case BpmnPackage.RESOURCE_PARAMETER: return createResourceParameter();
			case BpmnPackage.RESOURCE_PARAMETER_BINDING: return createResourceParameterBinding();
			case BpmnPackage.RESOURCE_ROLE: return createResourceRole();
			case BpmnPackage.SCRIPT: return createScript();
			case BpmnPackage.SCRIPT_TASK: return createScriptTask();
			case BpmnPackage.SEND_TASK: return createSendTask();
			case BpmnPackage.SEQUENCE_FLOW: return createSequenceFlow();
			case BpmnPackage.SERVICE_TASK: return createServiceTask();
			case BpmnPackage.SIGNAL: return createSignal();
			case BpmnPackage.SIGNAL_EVENT_DEFINITION: return createSignalEventDefinition();
			case BpmnPackage.STANDARD_LOOP_CHARACTERISTICS: return createStandardLoopCharacteristics();
			case BpmnPackage.START_EVENT: return createStartEvent();
			case BpmnPackage.SUB_CHOREOGRAPHY: return createSubChoreography();
			case BpmnPackage.SUB_CONVERSATION: return createSubConversation();
			case BpmnPackage.SUB_PROCESS: return createSubProcess();
			case BpmnPackage.TASK: return createTask();
			case BpmnPackage.TERMINATE_EVENT_DEFINITION: return createTerminateEventDefinition();
			case BpmnPackage.TEXT: return createText();
			case BpmnPackage.TEXT_ANNOTATION: return createTextAnnotation();
			case BpmnPackage.TIMER_EVENT_DEFINITION: return createTimerEventDefinition();
			case BpmnPackage.TRANSACTION: return createTransaction();
			case BpmnPackage.USER_TASK: return createUserTask();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case BpmnPackage.AD_HOC_ORDERING:
				return createAdHocOrderingFromString(eDataType, initialValue);
			case BpmnPackage.ASSOCIATION_DIRECTION:
				return createAssociationDirectionFromString(eDataType, initialValue);
			case BpmnPackage.CHOREOGRAPHY_LOOP_TYPE:
				return createChoreographyLoopTypeFromString(eDataType, initialValue);
			case BpmnPackage.EVENT_BASED_GATEWAY_TYPE:
				return createEventBasedGatewayTypeFromString(eDataType, initialValue);
			case BpmnPackage.GATEWAY_DIRECTION:
				return createGatewayDirectionFromString(eDataType, initialValue);
			case BpmnPackage.IMPLEMENTATION_MEMBER1:
				return createImplementationMember1FromString(eDataType, initialValue);
			case BpmnPackage.ITEM_KIND:
				return createItemKindFromString(eDataType, initialValue);
			case BpmnPackage.MULTI_INSTANCE_FLOW_CONDITION:
				return createMultiInstanceFlowConditionFromString(eDataType, initialValue);
			case BpmnPackage.PROCESS_TYPE:
				return createProcessTypeFromString(eDataType, initialValue);
			case BpmnPackage.RELATIONSHIP_DIRECTION:
				return createRelationshipDirectionFromString(eDataType, initialValue);
			case BpmnPackage.TRANSACTION_METHOD_MEMBER1:
				return createTransactionMethodMember1FromString(eDataType, initialValue);
			case BpmnPackage.AD_HOC_ORDERING_OBJECT:
				return createAdHocOrderingObjectFromString(eDataType, initialValue);
			case BpmnPackage.ASSOCIATION_DIRECTION_OBJECT:
				return createAssociationDirectionObjectFromString(eDataType, initialValue);
			case BpmnPackage.CHOREOGRAPHY_LOOP_TYPE_OBJECT:
				return createChoreographyLoopTypeObjectFromString(eDataType, initialValue);
			case BpmnPackage.EVENT_BASED_GATEWAY_TYPE_OBJECT:
				return createEventBasedGatewayTypeObjectFromString(eDataType, initialValue);
			case BpmnPackage.GATEWAY_DIRECTION_OBJECT:
				return createGatewayDirectionObjectFromString(eDataType, initialValue);
			case BpmnPackage.IMPLEMENTATION:
				return createImplementationFromString(eDataType, initialValue);
			case BpmnPackage.IMPLEMENTATION_MEMBER1_OBJECT:
				return createImplementationMember1ObjectFromString(eDataType, initialValue);
			case BpmnPackage.ITEM_KIND_OBJECT:
				return createItemKindObjectFromString(eDataType, initialValue);
			case BpmnPackage.MULTI_INSTANCE_FLOW_CONDITION_OBJECT:
				return createMultiInstanceFlowConditionObjectFromString(eDataType, initialValue);
			case BpmnPackage.PROCESS_TYPE_OBJECT:
				return createProcessTypeObjectFromString(eDataType, initialValue);
			case BpmnPackage.RELATIONSHIP_DIRECTION_OBJECT:
				return createRelationshipDirectionObjectFromString(eDataType, initialValue);
			case BpmnPackage.TRANSACTION_METHOD:
				return createTransactionMethodFromString(eDataType, initialValue);
			case BpmnPackage.TRANSACTION_METHOD_MEMBER1_OBJECT:
				return createTransactionMethodMember1ObjectFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case BpmnPackage.AD_HOC_ORDERING:
				return convertAdHocOrderingToString(eDataType, instanceValue);
			case BpmnPackage.ASSOCIATION_DIRECTION:
				return convertAssociationDirectionToString(eDataType, instanceValue);
			case BpmnPackage.CHOREOGRAPHY_LOOP_TYPE:
				return convertChoreographyLoopTypeToString(eDataType, instanceValue);
			case BpmnPackage.EVENT_BASED_GATEWAY_TYPE:
				return convertEventBasedGatewayTypeToString(eDataType, instanceValue);
			case BpmnPackage.GATEWAY_DIRECTION:
				return convertGatewayDirectionToString(eDataType, instanceValue);
			case BpmnPackage.IMPLEMENTATION_MEMBER1:
				return convertImplementationMember1ToString(eDataType, instanceValue);
			case BpmnPackage.ITEM_KIND:
				return convertItemKindToString(eDataType, instanceValue);
			case BpmnPackage.MULTI_INSTANCE_FLOW_CONDITION:
				return convertMultiInstanceFlowConditionToString(eDataType, instanceValue);
			case BpmnPackage.PROCESS_TYPE:
				return convertProcessTypeToString(eDataType, instanceValue);
			case BpmnPackage.RELATIONSHIP_DIRECTION:
				return convertRelationshipDirectionToString(eDataType, instanceValue);
			case BpmnPackage.TRANSACTION_METHOD_MEMBER1:
				return convertTransactionMethodMember1ToString(eDataType, instanceValue);
			case BpmnPackage.AD_HOC_ORDERING_OBJECT:
				return convertAdHocOrderingObjectToString(eDataType, instanceValue);
			case BpmnPackage.ASSOCIATION_DIRECTION_OBJECT:
				return convertAssociationDirectionObjectToString(eDataType, instanceValue);
			case BpmnPackage.CHOREOGRAPHY_LOOP_TYPE_OBJECT:
				return convertChoreographyLoopTypeObjectToString(eDataType, instanceValue);
			case BpmnPackage.EVENT_BASED_GATEWAY_TYPE_OBJECT:
				return convertEventBasedGatewayTypeObjectToString(eDataType, instanceValue);
			case BpmnPackage.GATEWAY_DIRECTION_OBJECT:
				return convertGatewayDirectionObjectToString(eDataType, instanceValue);
			case BpmnPackage.IMPLEMENTATION:
				return convertImplementationToString(eDataType, instanceValue);
			case BpmnPackage.IMPLEMENTATION_MEMBER1_OBJECT:
				return convertImplementationMember1ObjectToString(eDataType, instanceValue);
			case BpmnPackage.ITEM_KIND_OBJECT:
				return convertItemKindObjectToString(eDataType, instanceValue);
			case BpmnPackage.MULTI_INSTANCE_FLOW_CONDITION_OBJECT:
				return convertMultiInstanceFlowConditionObjectToString(eDataType, instanceValue);
			case BpmnPackage.PROCESS_TYPE_OBJECT:
				return convertProcessTypeObjectToString(eDataType, instanceValue);
			case BpmnPackage.RELATIONSHIP_DIRECTION_OBJECT:
				return convertRelationshipDirectionObjectToString(eDataType, instanceValue);
			case BpmnPackage.TRANSACTION_METHOD:
				return convertTransactionMethodToString(eDataType, instanceValue);
			case BpmnPackage.TRANSACTION_METHOD_MEMBER1_OBJECT:
				return convertTransactionMethodMember1ObjectToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRoot createDocumentRoot() {
		DocumentRootImpl documentRoot = new DocumentRootImpl();
		return documentRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdHocSubProcess createAdHocSubProcess() {
		AdHocSubProcessImpl adHocSubProcess = new AdHocSubProcessImpl();
		return adHocSubProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assignment createAssignment() {
		AssignmentImpl assignment = new AssignmentImpl();
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Association createAssociation() {
		AssociationImpl association = new AssociationImpl();
		return association;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Auditing createAuditing() {
		AuditingImpl auditing = new AuditingImpl();
		return auditing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryEvent createBoundaryEvent() {
		BoundaryEventImpl boundaryEvent = new BoundaryEventImpl();
		return boundaryEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessRuleTask createBusinessRuleTask() {
		BusinessRuleTaskImpl businessRuleTask = new BusinessRuleTaskImpl();
		return businessRuleTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallableElement createCallableElement() {
		CallableElementImpl callableElement = new CallableElementImpl();
		return callableElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallActivity createCallActivity() {
		CallActivityImpl callActivity = new CallActivityImpl();
		return callActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallChoreography createCallChoreography() {
		CallChoreographyImpl callChoreography = new CallChoreographyImpl();
		return callChoreography;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallConversation createCallConversation() {
		CallConversationImpl callConversation = new CallConversationImpl();
		return callConversation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CancelEventDefinition createCancelEventDefinition() {
		CancelEventDefinitionImpl cancelEventDefinition = new CancelEventDefinitionImpl();
		return cancelEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category createCategory() {
		CategoryImpl category = new CategoryImpl();
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CategoryValue createCategoryValue() {
		CategoryValueImpl categoryValue = new CategoryValueImpl();
		return categoryValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Choreography createChoreography() {
		ChoreographyImpl choreography = new ChoreographyImpl();
		return choreography;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoreographyTask createChoreographyTask() {
		ChoreographyTaskImpl choreographyTask = new ChoreographyTaskImpl();
		return choreographyTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collaboration createCollaboration() {
		CollaborationImpl collaboration = new CollaborationImpl();
		return collaboration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompensateEventDefinition createCompensateEventDefinition() {
		CompensateEventDefinitionImpl compensateEventDefinition = new CompensateEventDefinitionImpl();
		return compensateEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplexBehaviorDefinition createComplexBehaviorDefinition() {
		ComplexBehaviorDefinitionImpl complexBehaviorDefinition = new ComplexBehaviorDefinitionImpl();
		return complexBehaviorDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplexGateway createComplexGateway() {
		ComplexGatewayImpl complexGateway = new ComplexGatewayImpl();
		return complexGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalEventDefinition createConditionalEventDefinition() {
		ConditionalEventDefinitionImpl conditionalEventDefinition = new ConditionalEventDefinitionImpl();
		return conditionalEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conversation createConversation() {
		ConversationImpl conversation = new ConversationImpl();
		return conversation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConversationAssociation createConversationAssociation() {
		ConversationAssociationImpl conversationAssociation = new ConversationAssociationImpl();
		return conversationAssociation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConversationLink createConversationLink() {
		ConversationLinkImpl conversationLink = new ConversationLinkImpl();
		return conversationLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrelationKey createCorrelationKey() {
		CorrelationKeyImpl correlationKey = new CorrelationKeyImpl();
		return correlationKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrelationProperty createCorrelationProperty() {
		CorrelationPropertyImpl correlationProperty = new CorrelationPropertyImpl();
		return correlationProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrelationPropertyBinding createCorrelationPropertyBinding() {
		CorrelationPropertyBindingImpl correlationPropertyBinding = new CorrelationPropertyBindingImpl();
		return correlationPropertyBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrelationPropertyRetrievalExpression createCorrelationPropertyRetrievalExpression() {
		CorrelationPropertyRetrievalExpressionImpl correlationPropertyRetrievalExpression = new CorrelationPropertyRetrievalExpressionImpl();
		return correlationPropertyRetrievalExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrelationSubscription createCorrelationSubscription() {
		CorrelationSubscriptionImpl correlationSubscription = new CorrelationSubscriptionImpl();
		return correlationSubscription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataAssociation createDataAssociation() {
		DataAssociationImpl dataAssociation = new DataAssociationImpl();
		return dataAssociation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataInput createDataInput() {
		DataInputImpl dataInput = new DataInputImpl();
		return dataInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataInputAssociation createDataInputAssociation() {
		DataInputAssociationImpl dataInputAssociation = new DataInputAssociationImpl();
		return dataInputAssociation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataObject createDataObject() {
		DataObjectImpl dataObject = new DataObjectImpl();
		return dataObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataObjectReference createDataObjectReference() {
		DataObjectReferenceImpl dataObjectReference = new DataObjectReferenceImpl();
		return dataObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataOutput createDataOutput() {
		DataOutputImpl dataOutput = new DataOutputImpl();
		return dataOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataOutputAssociation createDataOutputAssociation() {
		DataOutputAssociationImpl dataOutputAssociation = new DataOutputAssociationImpl();
		return dataOutputAssociation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataState createDataState() {
		DataStateImpl dataState = new DataStateImpl();
		return dataState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataStore createDataStore() {
		DataStoreImpl dataStore = new DataStoreImpl();
		return dataStore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataStoreReference createDataStoreReference() {
		DataStoreReferenceImpl dataStoreReference = new DataStoreReferenceImpl();
		return dataStoreReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Definitions createDefinitions() {
		DefinitionsImpl definitions = new DefinitionsImpl();
		return definitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Documentation createDocumentation() {
		DocumentationImpl documentation = new DocumentationImpl();
		return documentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndEvent createEndEvent() {
		EndEventImpl endEvent = new EndEventImpl();
		return endEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndPoint createEndPoint() {
		EndPointImpl endPoint = new EndPointImpl();
		return endPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public org.prozesswerk.bpmn.model.Error createError() {
		ErrorImpl error = new ErrorImpl();
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorEventDefinition createErrorEventDefinition() {
		ErrorEventDefinitionImpl errorEventDefinition = new ErrorEventDefinitionImpl();
		return errorEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Escalation createEscalation() {
		EscalationImpl escalation = new EscalationImpl();
		return escalation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationEventDefinition createEscalationEventDefinition() {
		EscalationEventDefinitionImpl escalationEventDefinition = new EscalationEventDefinitionImpl();
		return escalationEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventBasedGateway createEventBasedGateway() {
		EventBasedGatewayImpl eventBasedGateway = new EventBasedGatewayImpl();
		return eventBasedGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExclusiveGateway createExclusiveGateway() {
		ExclusiveGatewayImpl exclusiveGateway = new ExclusiveGatewayImpl();
		return exclusiveGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression createExpression() {
		ExpressionImpl expression = new ExpressionImpl();
		return expression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Extension createExtension() {
		ExtensionImpl extension = new ExtensionImpl();
		return extension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtensionElements createExtensionElements() {
		ExtensionElementsImpl extensionElements = new ExtensionElementsImpl();
		return extensionElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormalExpression createFormalExpression() {
		FormalExpressionImpl formalExpression = new FormalExpressionImpl();
		return formalExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gateway createGateway() {
		GatewayImpl gateway = new GatewayImpl();
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalBusinessRuleTask createGlobalBusinessRuleTask() {
		GlobalBusinessRuleTaskImpl globalBusinessRuleTask = new GlobalBusinessRuleTaskImpl();
		return globalBusinessRuleTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalChoreographyTask createGlobalChoreographyTask() {
		GlobalChoreographyTaskImpl globalChoreographyTask = new GlobalChoreographyTaskImpl();
		return globalChoreographyTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalConversation createGlobalConversation() {
		GlobalConversationImpl globalConversation = new GlobalConversationImpl();
		return globalConversation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalManualTask createGlobalManualTask() {
		GlobalManualTaskImpl globalManualTask = new GlobalManualTaskImpl();
		return globalManualTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalScriptTask createGlobalScriptTask() {
		GlobalScriptTaskImpl globalScriptTask = new GlobalScriptTaskImpl();
		return globalScriptTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalTask createGlobalTask() {
		GlobalTaskImpl globalTask = new GlobalTaskImpl();
		return globalTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalUserTask createGlobalUserTask() {
		GlobalUserTaskImpl globalUserTask = new GlobalUserTaskImpl();
		return globalUserTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Group createGroup() {
		GroupImpl group = new GroupImpl();
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HumanPerformer createHumanPerformer() {
		HumanPerformerImpl humanPerformer = new HumanPerformerImpl();
		return humanPerformer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplicitThrowEvent createImplicitThrowEvent() {
		ImplicitThrowEventImpl implicitThrowEvent = new ImplicitThrowEventImpl();
		return implicitThrowEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Import createImport() {
		ImportImpl import_ = new ImportImpl();
		return import_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InclusiveGateway createInclusiveGateway() {
		InclusiveGatewayImpl inclusiveGateway = new InclusiveGatewayImpl();
		return inclusiveGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputOutputBinding createInputOutputBinding() {
		InputOutputBindingImpl inputOutputBinding = new InputOutputBindingImpl();
		return inputOutputBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputOutputSpecification createInputOutputSpecification() {
		InputOutputSpecificationImpl inputOutputSpecification = new InputOutputSpecificationImpl();
		return inputOutputSpecification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputSet createInputSet() {
		InputSetImpl inputSet = new InputSetImpl();
		return inputSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface createInterface() {
		InterfaceImpl interface_ = new InterfaceImpl();
		return interface_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntermediateCatchEvent createIntermediateCatchEvent() {
		IntermediateCatchEventImpl intermediateCatchEvent = new IntermediateCatchEventImpl();
		return intermediateCatchEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntermediateThrowEvent createIntermediateThrowEvent() {
		IntermediateThrowEventImpl intermediateThrowEvent = new IntermediateThrowEventImpl();
		return intermediateThrowEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemDefinition createItemDefinition() {
		ItemDefinitionImpl itemDefinition = new ItemDefinitionImpl();
		return itemDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lane createLane() {
		LaneImpl lane = new LaneImpl();
		return lane;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LaneSet createLaneSet() {
		LaneSetImpl laneSet = new LaneSetImpl();
		return laneSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkEventDefinition createLinkEventDefinition() {
		LinkEventDefinitionImpl linkEventDefinition = new LinkEventDefinitionImpl();
		return linkEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManualTask createManualTask() {
		ManualTaskImpl manualTask = new ManualTaskImpl();
		return manualTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Message createMessage() {
		MessageImpl message = new MessageImpl();
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageEventDefinition createMessageEventDefinition() {
		MessageEventDefinitionImpl messageEventDefinition = new MessageEventDefinitionImpl();
		return messageEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageFlow createMessageFlow() {
		MessageFlowImpl messageFlow = new MessageFlowImpl();
		return messageFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageFlowAssociation createMessageFlowAssociation() {
		MessageFlowAssociationImpl messageFlowAssociation = new MessageFlowAssociationImpl();
		return messageFlowAssociation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Monitoring createMonitoring() {
		MonitoringImpl monitoring = new MonitoringImpl();
		return monitoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultiInstanceLoopCharacteristics createMultiInstanceLoopCharacteristics() {
		MultiInstanceLoopCharacteristicsImpl multiInstanceLoopCharacteristics = new MultiInstanceLoopCharacteristicsImpl();
		return multiInstanceLoopCharacteristics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operation createOperation() {
		OperationImpl operation = new OperationImpl();
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputSet createOutputSet() {
		OutputSetImpl outputSet = new OutputSetImpl();
		return outputSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParallelGateway createParallelGateway() {
		ParallelGatewayImpl parallelGateway = new ParallelGatewayImpl();
		return parallelGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant createParticipant() {
		ParticipantImpl participant = new ParticipantImpl();
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParticipantAssociation createParticipantAssociation() {
		ParticipantAssociationImpl participantAssociation = new ParticipantAssociationImpl();
		return participantAssociation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParticipantMultiplicity createParticipantMultiplicity() {
		ParticipantMultiplicityImpl participantMultiplicity = new ParticipantMultiplicityImpl();
		return participantMultiplicity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerEntity createPartnerEntity() {
		PartnerEntityImpl partnerEntity = new PartnerEntityImpl();
		return partnerEntity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerRole createPartnerRole() {
		PartnerRoleImpl partnerRole = new PartnerRoleImpl();
		return partnerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Performer createPerformer() {
		PerformerImpl performer = new PerformerImpl();
		return performer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PotentialOwner createPotentialOwner() {
		PotentialOwnerImpl potentialOwner = new PotentialOwnerImpl();
		return potentialOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public org.prozesswerk.bpmn.model.Process createProcess() {
		ProcessImpl process = new ProcessImpl();
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty() {
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReceiveTask createReceiveTask() {
		ReceiveTaskImpl receiveTask = new ReceiveTaskImpl();
		return receiveTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship createRelationship() {
		RelationshipImpl relationship = new RelationshipImpl();
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rendering createRendering() {
		RenderingImpl rendering = new RenderingImpl();
		return rendering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resource createResource() {
		ResourceImpl resource = new ResourceImpl();
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceAssignmentExpression createResourceAssignmentExpression() {
		ResourceAssignmentExpressionImpl resourceAssignmentExpression = new ResourceAssignmentExpressionImpl();
		return resourceAssignmentExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceParameter createResourceParameter() {
		ResourceParameterImpl resourceParameter = new ResourceParameterImpl();
		return resourceParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceParameterBinding createResourceParameterBinding() {
		ResourceParameterBindingImpl resourceParameterBinding = new ResourceParameterBindingImpl();
		return resourceParameterBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceRole createResourceRole() {
		ResourceRoleImpl resourceRole = new ResourceRoleImpl();
		return resourceRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Script createScript() {
		ScriptImpl script = new ScriptImpl();
		return script;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScriptTask createScriptTask() {
		ScriptTaskImpl scriptTask = new ScriptTaskImpl();
		return scriptTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SendTask createSendTask() {
		SendTaskImpl sendTask = new SendTaskImpl();
		return sendTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SequenceFlow createSequenceFlow() {
		SequenceFlowImpl sequenceFlow = new SequenceFlowImpl();
		return sequenceFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceTask createServiceTask() {
		ServiceTaskImpl serviceTask = new ServiceTaskImpl();
		return serviceTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal createSignal() {
		SignalImpl signal = new SignalImpl();
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalEventDefinition createSignalEventDefinition() {
		SignalEventDefinitionImpl signalEventDefinition = new SignalEventDefinitionImpl();
		return signalEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardLoopCharacteristics createStandardLoopCharacteristics() {
		StandardLoopCharacteristicsImpl standardLoopCharacteristics = new StandardLoopCharacteristicsImpl();
		return standardLoopCharacteristics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StartEvent createStartEvent() {
		StartEventImpl startEvent = new StartEventImpl();
		return startEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubChoreography createSubChoreography() {
		SubChoreographyImpl subChoreography = new SubChoreographyImpl();
		return subChoreography;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubConversation createSubConversation() {
		SubConversationImpl subConversation = new SubConversationImpl();
		return subConversation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubProcess createSubProcess() {
		SubProcessImpl subProcess = new SubProcessImpl();
		return subProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Task createTask() {
		TaskImpl task = new TaskImpl();
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminateEventDefinition createTerminateEventDefinition() {
		TerminateEventDefinitionImpl terminateEventDefinition = new TerminateEventDefinitionImpl();
		return terminateEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Text createText() {
		TextImpl text = new TextImpl();
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextAnnotation createTextAnnotation() {
		TextAnnotationImpl textAnnotation = new TextAnnotationImpl();
		return textAnnotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimerEventDefinition createTimerEventDefinition() {
		TimerEventDefinitionImpl timerEventDefinition = new TimerEventDefinitionImpl();
		return timerEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transaction createTransaction() {
		TransactionImpl transaction = new TransactionImpl();
		return transaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserTask createUserTask() {
		UserTaskImpl userTask = new UserTaskImpl();
		return userTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdHocOrdering createAdHocOrderingFromString(EDataType eDataType, String initialValue) {
		AdHocOrdering result = AdHocOrdering.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdHocOrderingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssociationDirection createAssociationDirectionFromString(EDataType eDataType, String initialValue) {
		AssociationDirection result = AssociationDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssociationDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChoreographyLoopType createChoreographyLoopTypeFromString(EDataType eDataType, String initialValue) {
		ChoreographyLoopType result = ChoreographyLoopType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChoreographyLoopTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EventBasedGatewayType createEventBasedGatewayTypeFromString(EDataType eDataType, String initialValue) {
		EventBasedGatewayType result = EventBasedGatewayType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEventBasedGatewayTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GatewayDirection createGatewayDirectionFromString(EDataType eDataType, String initialValue) {
		GatewayDirection result = GatewayDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGatewayDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImplementationMember1 createImplementationMember1FromString(EDataType eDataType, String initialValue) {
		ImplementationMember1 result = ImplementationMember1.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImplementationMember1ToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemKind createItemKindFromString(EDataType eDataType, String initialValue) {
		ItemKind result = ItemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MultiInstanceFlowCondition createMultiInstanceFlowConditionFromString(EDataType eDataType, String initialValue) {
		MultiInstanceFlowCondition result = MultiInstanceFlowCondition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMultiInstanceFlowConditionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessType createProcessTypeFromString(EDataType eDataType, String initialValue) {
		ProcessType result = ProcessType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProcessTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipDirection createRelationshipDirectionFromString(EDataType eDataType, String initialValue) {
		RelationshipDirection result = RelationshipDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransactionMethodMember1 createTransactionMethodMember1FromString(EDataType eDataType, String initialValue) {
		TransactionMethodMember1 result = TransactionMethodMember1.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransactionMethodMember1ToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdHocOrdering createAdHocOrderingObjectFromString(EDataType eDataType, String initialValue) {
		return createAdHocOrderingFromString(BpmnPackage.eINSTANCE.getAdHocOrdering(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdHocOrderingObjectToString(EDataType eDataType, Object instanceValue) {
		return convertAdHocOrderingToString(BpmnPackage.eINSTANCE.getAdHocOrdering(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssociationDirection createAssociationDirectionObjectFromString(EDataType eDataType, String initialValue) {
		return createAssociationDirectionFromString(BpmnPackage.eINSTANCE.getAssociationDirection(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssociationDirectionObjectToString(EDataType eDataType, Object instanceValue) {
		return convertAssociationDirectionToString(BpmnPackage.eINSTANCE.getAssociationDirection(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChoreographyLoopType createChoreographyLoopTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createChoreographyLoopTypeFromString(BpmnPackage.eINSTANCE.getChoreographyLoopType(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChoreographyLoopTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertChoreographyLoopTypeToString(BpmnPackage.eINSTANCE.getChoreographyLoopType(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EventBasedGatewayType createEventBasedGatewayTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createEventBasedGatewayTypeFromString(BpmnPackage.eINSTANCE.getEventBasedGatewayType(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEventBasedGatewayTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertEventBasedGatewayTypeToString(BpmnPackage.eINSTANCE.getEventBasedGatewayType(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GatewayDirection createGatewayDirectionObjectFromString(EDataType eDataType, String initialValue) {
		return createGatewayDirectionFromString(BpmnPackage.eINSTANCE.getGatewayDirection(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGatewayDirectionObjectToString(EDataType eDataType, Object instanceValue) {
		return convertGatewayDirectionToString(BpmnPackage.eINSTANCE.getGatewayDirection(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Object createImplementationFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null) return null;
		Object result = null;
		RuntimeException exception = null;
		try {
			result = XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.ANY_URI, initialValue);
			if (result != null && Diagnostician.INSTANCE.validate(eDataType, result, null, null)) {
				return result;
			}
		}
		catch (RuntimeException e) {
			exception = e;
		}
		try {
			result = createImplementationMember1FromString(BpmnPackage.eINSTANCE.getImplementationMember1(), initialValue);
			if (result != null && Diagnostician.INSTANCE.validate(eDataType, result, null, null)) {
				return result;
			}
		}
		catch (RuntimeException e) {
			exception = e;
		}
		if (result != null || exception == null) return result;
    
		throw exception;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImplementationToString(EDataType eDataType, Object instanceValue) {
		if (instanceValue == null) return null;
		if (XMLTypePackage.Literals.ANY_URI.isInstance(instanceValue)) {
			try {
				String value = XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.ANY_URI, instanceValue);
				if (value != null) return value;
			}
			catch (Exception e) {
				// Keep trying other member types until all have failed.
			}
		}
		if (BpmnPackage.eINSTANCE.getImplementationMember1().isInstance(instanceValue)) {
			try {
				String value = convertImplementationMember1ToString(BpmnPackage.eINSTANCE.getImplementationMember1(), instanceValue);
				if (value != null) return value;
			}
			catch (Exception e) {
				// Keep trying other member types until all have failed.
			}
		}
		throw new IllegalArgumentException("Invalid value: '"+instanceValue+"' for datatype :"+eDataType.getName());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImplementationMember1 createImplementationMember1ObjectFromString(EDataType eDataType, String initialValue) {
		return createImplementationMember1FromString(BpmnPackage.eINSTANCE.getImplementationMember1(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImplementationMember1ObjectToString(EDataType eDataType, Object instanceValue) {
		return convertImplementationMember1ToString(BpmnPackage.eINSTANCE.getImplementationMember1(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemKind createItemKindObjectFromString(EDataType eDataType, String initialValue) {
		return createItemKindFromString(BpmnPackage.eINSTANCE.getItemKind(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemKindObjectToString(EDataType eDataType, Object instanceValue) {
		return convertItemKindToString(BpmnPackage.eINSTANCE.getItemKind(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MultiInstanceFlowCondition createMultiInstanceFlowConditionObjectFromString(EDataType eDataType, String initialValue) {
		return createMultiInstanceFlowConditionFromString(BpmnPackage.eINSTANCE.getMultiInstanceFlowCondition(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMultiInstanceFlowConditionObjectToString(EDataType eDataType, Object instanceValue) {
		return convertMultiInstanceFlowConditionToString(BpmnPackage.eINSTANCE.getMultiInstanceFlowCondition(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessType createProcessTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createProcessTypeFromString(BpmnPackage.eINSTANCE.getProcessType(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProcessTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertProcessTypeToString(BpmnPackage.eINSTANCE.getProcessType(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipDirection createRelationshipDirectionObjectFromString(EDataType eDataType, String initialValue) {
		return createRelationshipDirectionFromString(BpmnPackage.eINSTANCE.getRelationshipDirection(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipDirectionObjectToString(EDataType eDataType, Object instanceValue) {
		return convertRelationshipDirectionToString(BpmnPackage.eINSTANCE.getRelationshipDirection(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Object createTransactionMethodFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null) return null;
		Object result = null;
		RuntimeException exception = null;
		try {
			result = XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.ANY_URI, initialValue);
			if (result != null && Diagnostician.INSTANCE.validate(eDataType, result, null, null)) {
				return result;
			}
		}
		catch (RuntimeException e) {
			exception = e;
		}
		try {
			result = createTransactionMethodMember1FromString(BpmnPackage.eINSTANCE.getTransactionMethodMember1(), initialValue);
			if (result != null && Diagnostician.INSTANCE.validate(eDataType, result, null, null)) {
				return result;
			}
		}
		catch (RuntimeException e) {
			exception = e;
		}
		if (result != null || exception == null) return result;
    
		throw exception;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransactionMethodToString(EDataType eDataType, Object instanceValue) {
		if (instanceValue == null) return null;
		if (XMLTypePackage.Literals.ANY_URI.isInstance(instanceValue)) {
			try {
				String value = XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.ANY_URI, instanceValue);
				if (value != null) return value;
			}
			catch (Exception e) {
				// Keep trying other member types until all have failed.
			}
		}
		if (BpmnPackage.eINSTANCE.getTransactionMethodMember1().isInstance(instanceValue)) {
			try {
				String value = convertTransactionMethodMember1ToString(BpmnPackage.eINSTANCE.getTransactionMethodMember1(), instanceValue);
				if (value != null) return value;
			}
			catch (Exception e) {
				// Keep trying other member types until all have failed.
			}
		}
		throw new IllegalArgumentException("Invalid value: '"+instanceValue+"' for datatype :"+eDataType.getName());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransactionMethodMember1 createTransactionMethodMember1ObjectFromString(EDataType eDataType, String initialValue) {
		return createTransactionMethodMember1FromString(BpmnPackage.eINSTANCE.getTransactionMethodMember1(), initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransactionMethodMember1ObjectToString(EDataType eDataType, Object instanceValue) {
		return convertTransactionMethodMember1ToString(BpmnPackage.eINSTANCE.getTransactionMethodMember1(), instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BpmnPackage getBpmnPackage() {
		return (BpmnPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static BpmnPackage getPackage() {
		return BpmnPackage.eINSTANCE;
	}

} //BpmnFactoryImpl
