import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { createContext, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A vertical list sortable by pointer and by keyboard (Space picks up, arrows move, Space drops,
 * Escape cancels), with what happens read out to screen readers in the app's language.
 */
export function SortableList({
  ids,
  nameOf,
  onMove,
  children,
}: {
  ids: readonly string[];
  /** The name read out for an entry. */
  nameOf: (id: string) => string;
  /** Called with the moved entry and its new index. */
  onMove: (id: string, to: number) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('design.dnd.picked', {
        name: nameOf(String(active.id)),
        position: position(active.id),
        total: ids.length,
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('design.dnd.over', {
            name: nameOf(String(active.id)),
            position: position(over.id),
            total: ids.length,
          })
        : t('design.dnd.outside', { name: nameOf(String(active.id)) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('design.dnd.dropped', {
            name: nameOf(String(active.id)),
            position: position(over.id),
            total: ids.length,
          })
        : t('design.dnd.cancelled', { name: nameOf(String(active.id)) }),
    onDragCancel: ({ active }) => t('design.dnd.cancelled', { name: nameOf(String(active.id)) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to >= 0) onMove(String(active.id), to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('design.dnd.instructions') } }}
    >
      <SortableContext items={[...ids]} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** What a card hands its drag handle: the attributes and listeners that pick the card up. */
type Handle = Pick<ReturnType<typeof useSortable>, 'attributes' | 'listeners'>;

const HandleContext = createContext<Handle | null>(null);

/**
 * One entry of a {@link SortableList}: a list item that follows the pointer while dragged and is
 * picked up by the {@link DragHandle} somewhere inside it.
 */
export function SortableCard({
  id,
  elementId,
  className,
  children,
}: {
  /** The entry's id in the list's `ids`. */
  id: string;
  /** The DOM id of the list item. */
  elementId: string;
  className: string;
  children: ReactNode;
}) {
  const sortable = useSortable({ id });
  return (
    <li
      ref={sortable.setNodeRef}
      id={elementId}
      className={`${className}${sortable.isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition }}
    >
      <HandleContext.Provider value={sortable}>{children}</HandleContext.Provider>
    </li>
  );
}

/** The button that picks up the {@link SortableCard} it is in, by pointer or by keyboard. */
export function DragHandle({ name }: { name: string }) {
  const { t } = useTranslation();
  const handle = useContext(HandleContext);
  if (!handle) throw new Error('DragHandle must be used inside a SortableCard');
  return (
    <button
      type="button"
      className="drag-handle"
      aria-label={t('design.dnd.handle', { name })}
      {...handle.attributes}
      {...handle.listeners}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
